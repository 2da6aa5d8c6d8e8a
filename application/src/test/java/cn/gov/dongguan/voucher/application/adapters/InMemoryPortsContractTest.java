package cn.gov.dongguan.voucher.application.adapters;

import cn.gov.dongguan.voucher.application.port.out.ApplicantRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.AuditLog;
import cn.gov.dongguan.voucher.application.port.out.BatchRepository;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeed;
import cn.gov.dongguan.voucher.application.port.out.LeaseRepository;
import cn.gov.dongguan.voucher.application.port.out.MaterialStore;
import cn.gov.dongguan.voucher.application.port.out.TownRepository;
import cn.gov.dongguan.voucher.application.port.out.Transactions;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordRepository;
import cn.gov.dongguan.voucher.application.testing.ApplicantRepositoryContract;
import cn.gov.dongguan.voucher.application.testing.ApplicationRepositoryContract;
import cn.gov.dongguan.voucher.application.testing.AuditLogContract;
import cn.gov.dongguan.voucher.application.testing.BatchRepositoryContract;
import cn.gov.dongguan.voucher.application.testing.ChangeFeedContract;
import cn.gov.dongguan.voucher.application.testing.DirectTransactions;
import cn.gov.dongguan.voucher.application.testing.InMemoryApplicantRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryApplicationRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryAuditLog;
import cn.gov.dongguan.voucher.application.testing.InMemoryBatchRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryChangeFeed;
import cn.gov.dongguan.voucher.application.testing.InMemoryLeaseRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryMaterialStore;
import cn.gov.dongguan.voucher.application.testing.InMemoryTownRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryUsageRecordRepository;
import cn.gov.dongguan.voucher.application.testing.LeaseRepositoryContract;
import cn.gov.dongguan.voucher.application.testing.MaterialStoreContract;
import cn.gov.dongguan.voucher.application.testing.TownRepositoryContract;
import cn.gov.dongguan.voucher.application.testing.UsageRecordRepositoryContract;
import org.junit.jupiter.api.Nested;

/** The port contracts run against the in-memory adapters. */
class InMemoryPortsContractTest {

    static final Transactions TX = new DirectTransactions();

    @Nested
    class Applicants extends ApplicantRepositoryContract {
        final ApplicantRepository repository = new InMemoryApplicantRepository();

        @Override
        protected ApplicantRepository repository() {
            return repository;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }

    @Nested
    class Leases extends LeaseRepositoryContract {
        final LeaseRepository repository = new InMemoryLeaseRepository();

        @Override
        protected LeaseRepository repository() {
            return repository;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }

    @Nested
    class Usage extends UsageRecordRepositoryContract {
        final UsageRecordRepository repository = new InMemoryUsageRecordRepository();
        final LeaseRepository leases = new InMemoryLeaseRepository();

        @Override
        protected UsageRecordRepository repository() {
            return repository;
        }

        @Override
        protected LeaseRepository leases() {
            return leases;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }

    @Nested
    class Batches extends BatchRepositoryContract {
        final BatchRepository repository = new InMemoryBatchRepository();

        @Override
        protected BatchRepository repository() {
            return repository;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }

    @Nested
    class Towns extends TownRepositoryContract {
        final TownRepository repository = new InMemoryTownRepository();

        @Override
        protected TownRepository repository() {
            return repository;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }

    @Nested
    class Applications extends ApplicationRepositoryContract {
        final LeaseRepository leases = new InMemoryLeaseRepository();
        final BatchRepository batches = new InMemoryBatchRepository();
        final ApplicationRepository repository = new InMemoryApplicationRepository(leases, batches);
        final ApplicantRepository applicants = new InMemoryApplicantRepository();

        @Override
        protected ApplicantRepository applicants() {
            return applicants;
        }

        @Override
        protected ApplicationRepository repository() {
            return repository;
        }

        @Override
        protected LeaseRepository leases() {
            return leases;
        }

        @Override
        protected BatchRepository batches() {
            return batches;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }

    @Nested
    class Feed extends ChangeFeedContract {
        final ChangeFeed feed = new InMemoryChangeFeed();

        @Override
        protected ChangeFeed feed() {
            return feed;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        final AuditLog log = new InMemoryAuditLog();

        @Override
        protected AuditLog log() {
            return log;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }

    @Nested
    class Store extends MaterialStoreContract {
        final MaterialStore store = new InMemoryMaterialStore();

        @Override
        protected MaterialStore store() {
            return store;
        }
    }

    @Nested
    class Users extends cn.gov.dongguan.voucher.application.testing.UserRepositoryContract {
        final cn.gov.dongguan.voucher.application.port.out.UserRepository repository =
                new cn.gov.dongguan.voucher.application.testing.InMemoryUserRepository();

        @Override
        protected cn.gov.dongguan.voucher.application.port.out.UserRepository repository() {
            return repository;
        }

        @Override
        protected Transactions transactions() {
            return TX;
        }
    }
}
