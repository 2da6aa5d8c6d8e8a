package cn.gov.dongguan.voucher.application.adapters;

import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.AuditLogPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.JobLockPort;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.MaterialStorePort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.ObjectionPort;
import cn.gov.dongguan.voucher.application.port.out.TownPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.application.testing.AllocationSourcePortContract;
import cn.gov.dongguan.voucher.application.testing.ApplicantPortContract;
import cn.gov.dongguan.voucher.application.testing.ApplicationListPortContract;
import cn.gov.dongguan.voucher.application.testing.ApplicationPortContract;
import cn.gov.dongguan.voucher.application.testing.AuditLogPortContract;
import cn.gov.dongguan.voucher.application.testing.BatchPortContract;
import cn.gov.dongguan.voucher.application.testing.ChangeFeedPortContract;
import cn.gov.dongguan.voucher.application.testing.ClaimLedgerPortContract;
import cn.gov.dongguan.voucher.application.testing.DirectTransactions;
import cn.gov.dongguan.voucher.application.testing.InMemoryApplicantRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryAuditLog;
import cn.gov.dongguan.voucher.application.testing.InMemoryBatchRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryChangeFeed;
import cn.gov.dongguan.voucher.application.testing.InMemoryJobLock;
import cn.gov.dongguan.voucher.application.testing.InMemoryLeaseRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryMaterialStore;
import cn.gov.dongguan.voucher.application.testing.InMemorySystem;
import cn.gov.dongguan.voucher.application.testing.InMemoryTownRepository;
import cn.gov.dongguan.voucher.application.testing.InMemoryUsageRecordRepository;
import cn.gov.dongguan.voucher.application.testing.JobLockPortContract;
import cn.gov.dongguan.voucher.application.testing.LeasePortContract;
import cn.gov.dongguan.voucher.application.testing.MaterialStorePortContract;
import cn.gov.dongguan.voucher.application.testing.MonitoringPortContract;
import cn.gov.dongguan.voucher.application.testing.ObjectionPortContract;
import cn.gov.dongguan.voucher.application.testing.StoredApplicationsContract.Stores;
import cn.gov.dongguan.voucher.application.testing.TownPortContract;
import cn.gov.dongguan.voucher.application.testing.UsageRecordPortContract;
import org.junit.jupiter.api.Nested;

/** The port contracts run against the in-memory adapters. */
class InMemoryPortsContractTest {

    static final TransactionsPort TX = new DirectTransactions();

    @Nested
    class Applicants extends ApplicantPortContract {
        final ApplicantPort repository = new InMemoryApplicantRepository();

        @Override
        protected ApplicantPort repository() {
            return repository;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Leases extends LeasePortContract {
        final LeasePort repository = new InMemoryLeaseRepository();

        @Override
        protected LeasePort repository() {
            return repository;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Usage extends UsageRecordPortContract {
        final UsageRecordPort repository = new InMemoryUsageRecordRepository();
        final LeasePort leases = new InMemoryLeaseRepository();

        @Override
        protected UsageRecordPort repository() {
            return repository;
        }

        @Override
        protected LeasePort leases() {
            return leases;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Batches extends BatchPortContract {
        final BatchPort repository = new InMemoryBatchRepository();

        @Override
        protected BatchPort repository() {
            return repository;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Towns extends TownPortContract {
        final TownPort repository = new InMemoryTownRepository();

        @Override
        protected TownPort repository() {
            return repository;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Applications extends ApplicationPortContract {
        final InMemorySystem system = new InMemorySystem();

        @Override
        protected Stores stores() {
            return system.stores();
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class ApplicationLists extends ApplicationListPortContract {
        final InMemorySystem system = new InMemorySystem();

        @Override
        protected ApplicationListPort lists() {
            return system.applicationList;
        }

        @Override
        protected Stores stores() {
            return system.stores();
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class ClaimLedger extends ClaimLedgerPortContract {
        final InMemorySystem system = new InMemorySystem();

        @Override
        protected ClaimLedgerPort claims() {
            return system.claimLedger;
        }

        @Override
        protected Stores stores() {
            return system.stores();
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class AllocationSource extends AllocationSourcePortContract {
        final InMemorySystem system = new InMemorySystem();

        @Override
        protected AllocationSourcePort allocationSource() {
            return system.allocationSource;
        }

        @Override
        protected Stores stores() {
            return system.stores();
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Objections extends ObjectionPortContract {
        final InMemorySystem system = new InMemorySystem();

        @Override
        protected ObjectionPort objections() {
            return system.objections;
        }

        @Override
        protected Stores stores() {
            return system.stores();
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Monitoring extends MonitoringPortContract {
        final InMemorySystem system = new InMemorySystem();

        @Override
        protected MonitoringPort monitoring() {
            return system.monitoring;
        }

        @Override
        protected Stores stores() {
            return system.stores();
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class JobLock extends JobLockPortContract {
        final JobLockPort lock = new InMemoryJobLock();

        @Override
        protected JobLockPort lock() {
            return lock;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Feed extends ChangeFeedPortContract {
        final ChangeFeedPort feed = new InMemoryChangeFeed();

        @Override
        protected ChangeFeedPort feed() {
            return feed;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Audit extends AuditLogPortContract {
        final AuditLogPort log = new InMemoryAuditLog();

        @Override
        protected AuditLogPort log() {
            return log;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }

    @Nested
    class Store extends MaterialStorePortContract {
        final MaterialStorePort store = new InMemoryMaterialStore();

        @Override
        protected MaterialStorePort store() {
            return store;
        }
    }

    @Nested
    class Users extends cn.gov.dongguan.voucher.application.testing.UserPortContract {
        final cn.gov.dongguan.voucher.application.port.out.UserPort repository =
                new cn.gov.dongguan.voucher.application.testing.InMemoryUserRepository();

        @Override
        protected cn.gov.dongguan.voucher.application.port.out.UserPort repository() {
            return repository;
        }

        @Override
        protected TransactionsPort transactions() {
            return TX;
        }
    }
}
