package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.AuditLogPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClockPort;
import cn.gov.dongguan.voucher.application.port.out.CreditLookupPort;
import cn.gov.dongguan.voucher.application.port.out.JobLockPort;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.MaterialStorePort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.ObjectionPort;
import cn.gov.dongguan.voucher.application.port.out.TownPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/**
 * Every service of the application layer, built from one set of outbound ports. The assembly
 * module wires the real adapters through this; tests wire the in-memory ones. The services share
 * one {@link ApplicationStore}; none calls another.
 */
public record Services(
        ApplicantService applicants,
        LeaseService leases,
        FilingService filing,
        ApplicationReadService reading,
        ReviewService review,
        BatchService batches,
        AllocationService allocation,
        BatchStepService batchSteps,
        SchedulerService scheduler,
        QueryService queries,
        MonitoringService monitoring) {

    /** The outbound ports the services need, and the platform operator's code (R-ELIG-5), if configured. */
    public record Ports(
            ApplicantPort applicants,
            LeasePort leases,
            UsageRecordPort usage,
            BatchPort batches,
            TownPort towns,
            ApplicationPort applications,
            ApplicationListPort lists,
            ClaimLedgerPort claims,
            AllocationSourcePort allocationSource,
            ChangeFeedPort feed,
            AuditLogPort audit,
            MaterialStorePort files,
            CreditLookupPort creditLookup,
            JobLockPort jobLock,
            ObjectionPort objections,
            MonitoringPort monitoring,
            ClockPort clock,
            TransactionsPort transactions,
            UnifiedSocialCreditCode platformOperator) {

        /** The same ports with another clock. */
        public Ports withClock(ClockPort other) {
            return new Ports(
                    applicants,
                    leases,
                    usage,
                    batches,
                    towns,
                    applications,
                    lists,
                    claims,
                    allocationSource,
                    feed,
                    audit,
                    files,
                    creditLookup,
                    jobLock,
                    objections,
                    monitoring,
                    other,
                    transactions,
                    platformOperator);
        }
    }

    public static Services assemble(Ports p) {
        UseCaseRunner runner = new UseCaseRunner(p.transactions(), p.audit(), p.clock());
        ApplicationStore store = new ApplicationStore(
                p.applications(),
                p.batches(),
                p.applicants(),
                p.leases(),
                p.claims(),
                p.usage(),
                p.towns(),
                p.feed(),
                p.monitoring(),
                p.platformOperator());
        return new Services(
                new ApplicantService(runner, p.applicants(), p.towns(), p.applications()),
                new LeaseService(runner, p.leases(), p.usage(), p.claims(), store),
                new FilingService(runner, store, p.applications(), p.applicants(), p.batches(), p.leases(), p.files()),
                new ApplicationReadService(runner, store, p.leases(), p.usage()),
                new ReviewService(runner, store, p.applicants(), p.creditLookup(), p.objections()),
                new BatchService(runner, p.batches(), p.applications(), p.lists()),
                new AllocationService(runner, store, p.batches(), p.allocationSource(), p.lists()),
                new BatchStepService(
                        runner, store, p.batches(), p.applications(), p.lists(), p.claims(), p.objections()),
                new SchedulerService(runner, p.applications(), store, p.jobLock()),
                new QueryService(
                        runner,
                        p.lists(),
                        p.batches(),
                        p.feed(),
                        p.audit(),
                        p.applicants(),
                        p.monitoring(),
                        p.applications()),
                new MonitoringService(runner, p.monitoring(), p.lists(), p.batches(), p.feed(), p.applications()));
    }
}
