package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.service.Services;
import cn.gov.dongguan.voucher.domain.batch.Batch;

/** The whole application layer over in-memory adapters, with handles on the adapters for tests. */
public final class InMemorySystem {

    public final SettableClock clock = SettableClock.at("2025-11-01T09:00");
    public final InMemoryApplicantRepository applicantRepository = new InMemoryApplicantRepository();
    public final InMemoryLeaseRepository leaseRepository = new InMemoryLeaseRepository();
    public final InMemoryUsageRecordRepository usageRepository = new InMemoryUsageRecordRepository();
    public final InMemoryBatchRepository batchRepository = new InMemoryBatchRepository();
    public final InMemoryTownRepository townRepository = new InMemoryTownRepository();
    public final InMemoryApplicationRepository applicationRepository =
            new InMemoryApplicationRepository(leaseRepository, batchRepository);
    public final InMemoryChangeFeed feed = new InMemoryChangeFeed();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryMaterialStore store = new InMemoryMaterialStore();
    public final ScriptedCreditLookup creditLookup = new ScriptedCreditLookup();
    public final InMemoryJobLock jobLock = new InMemoryJobLock();
    public final InMemoryObjectionRepository objections = new InMemoryObjectionRepository();
    public final Services services;

    public InMemorySystem() {
        services = Services.assemble(new Services.Ports(applicantRepository, leaseRepository, usageRepository,
                batchRepository, townRepository, applicationRepository, feed, audit, store, creditLookup, jobLock,
                objections, clock, new DirectTransactions(), null));
    }

    /** Adds a batch as an administrator would have announced it. */
    public InMemorySystem withBatch(Batch batch) {
        batchRepository.save(batch);
        return this;
    }
}
