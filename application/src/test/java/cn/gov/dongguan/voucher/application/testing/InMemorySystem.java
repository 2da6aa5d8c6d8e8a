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
    public final InMemoryApplicationRepository applicationRepository = new InMemoryApplicationRepository();
    public final InMemoryApplicationList applicationList = new InMemoryApplicationList(applicationRepository);
    public final InMemoryClaimLedger claimLedger =
            new InMemoryClaimLedger(applicationRepository, leaseRepository, batchRepository);
    public final InMemoryAllocationSource allocationSource =
            new InMemoryAllocationSource(applicationRepository, claimLedger);
    public final InMemoryChangeFeed feed = new InMemoryChangeFeed();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryMaterialStore store = new InMemoryMaterialStore();
    public final ScriptedCreditLookup creditLookup = new ScriptedCreditLookup();
    public final InMemoryJobLock jobLock = new InMemoryJobLock();
    public final InMemoryObjectionRepository objections = new InMemoryObjectionRepository();
    public final InMemoryMonitoringRepository monitoring = new InMemoryMonitoringRepository();
    public final Services services;

    public InMemorySystem() {
        services = Services.assemble(ports());
    }

    /** The stores of the application port contracts. */
    public StoredApplicationsContract.Stores stores() {
        return new StoredApplicationsContract.Stores(
                applicationRepository, leaseRepository, batchRepository, applicantRepository);
    }

    /** The in-memory ports, each as it is, for a test that wraps some of them. */
    public Services.Ports ports() {
        return new Services.Ports(
                applicantRepository,
                leaseRepository,
                usageRepository,
                batchRepository,
                townRepository,
                applicationRepository,
                applicationList,
                claimLedger,
                allocationSource,
                feed,
                audit,
                store,
                creditLookup,
                jobLock,
                objections,
                monitoring,
                clock,
                new DirectTransactions(),
                null);
    }

    /** Adds a batch as an administrator would have announced it. */
    public InMemorySystem withBatch(Batch batch) {
        batchRepository.save(batch);
        return this;
    }
}
