package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.out.ApplicantRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.AuditLog;
import cn.gov.dongguan.voucher.application.port.out.BatchRepository;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeed;
import cn.gov.dongguan.voucher.application.port.out.ClockPort;
import cn.gov.dongguan.voucher.application.port.out.CreditLookupPort;
import cn.gov.dongguan.voucher.application.port.out.JobLock;
import cn.gov.dongguan.voucher.application.port.out.LeaseRepository;
import cn.gov.dongguan.voucher.application.port.out.MaterialStore;
import cn.gov.dongguan.voucher.application.port.out.ObjectionRepository;
import cn.gov.dongguan.voucher.application.port.out.TownRepository;
import cn.gov.dongguan.voucher.application.port.out.Transactions;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordRepository;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/**
 * Every service of the application layer, built from one set of outbound ports. The assembly
 * module wires the real adapters through this; tests wire the in-memory ones.
 */
public record Services(ApplicantService applicants, LeaseService leases, ApplicationService applications,
                       BatchService batches, SchedulerService scheduler, QueryService queries) {

    /** The outbound ports the services need, and the platform operator's code (R-ELIG-5), if configured. */
    public record Ports(ApplicantRepository applicants, LeaseRepository leases, UsageRecordRepository usage,
                        BatchRepository batches, TownRepository towns, ApplicationRepository applications,
                        ChangeFeed feed, AuditLog audit, MaterialStore store, CreditLookupPort creditLookup,
                        JobLock jobLock, ObjectionRepository objections, ClockPort clock, Transactions transactions,
                        UnifiedSocialCreditCode platformOperator) {
    }

    public static Services assemble(Ports p) {
        UseCaseRunner runner = new UseCaseRunner(p.transactions(), p.audit(), p.clock());
        ApplicationEvaluator evaluator = new ApplicationEvaluator(p.leases(), p.applications(), p.applicants(),
                p.usage(), p.towns(), p.platformOperator());
        ApplicationService applications = new ApplicationService(runner, p.applications(), p.applicants(), p.batches(),
                p.leases(), p.usage(), evaluator, p.feed(), p.store(), p.creditLookup());
        return new Services(
                new ApplicantService(runner, p.applicants(), p.towns(), p.applications()),
                new LeaseService(runner, p.leases(), p.usage(), p.applications(), p.applicants(), p.batches(), evaluator),
                applications,
                new BatchService(runner, p.batches(), p.applications(), applications, p.objections(), evaluator),
                new SchedulerService(runner, p.applications(), applications, p.jobLock()),
                new QueryService(runner, p.applications(), p.batches(), p.feed(), p.audit(), p.applicants()));
    }
}
