package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaUserRepository;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.port.out.UserPort;
import cn.gov.dongguan.voucher.application.testing.UserPortContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The user repository contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaUserRepositoryTest extends UserPortContract {

    @Parameter
    TestDatabase.Kind kind;

    @Override
    protected TransactionsPort transactions() {
        return TestDatabase.of(kind).jpa;
    }

    @Override
    protected UserPort repository() {
        return new JpaUserRepository(TestDatabase.of(kind).jpa);
    }
}
