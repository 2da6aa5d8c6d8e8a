package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.ApplicationPortContract;
import cn.gov.dongguan.voucher.application.testing.StoredApplicationsContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The application aggregate port contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaApplicationRepositoryTest extends ApplicationPortContract {

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
}
