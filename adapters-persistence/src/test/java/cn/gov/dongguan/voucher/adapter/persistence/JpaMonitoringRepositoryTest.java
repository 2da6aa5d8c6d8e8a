package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaMonitoringRepository;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.MonitoringPortContract;
import cn.gov.dongguan.voucher.application.testing.StoredApplicationsContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The monitoring port contract (R-POST-1) on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaMonitoringRepositoryTest extends MonitoringPortContract {

    @Parameter
    TestDatabase.Kind kind;

    TestDatabase db() {
        return TestDatabase.of(kind);
    }

    @Override
    protected TransactionsPort transactions() {
        return db().jpa;
    }

    @Override
    protected StoredApplicationsContract.Stores stores() {
        return db().stores();
    }

    @Override
    protected MonitoringPort monitoring() {
        return new JpaMonitoringRepository(db().jpa);
    }
}
