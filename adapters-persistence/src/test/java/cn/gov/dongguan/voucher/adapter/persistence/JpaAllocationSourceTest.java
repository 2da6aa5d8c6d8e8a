package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaAllocationSource;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.AllocationSourcePortContract;
import cn.gov.dongguan.voucher.application.testing.StoredApplicationsContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The allocation source port contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaAllocationSourceTest extends AllocationSourcePortContract {

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
    protected AllocationSourcePort allocationSource() {
        return new JpaAllocationSource(db().jpa);
    }
}
