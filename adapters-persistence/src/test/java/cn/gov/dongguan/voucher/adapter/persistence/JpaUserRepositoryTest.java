package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaUserRepository;
import cn.gov.dongguan.voucher.application.port.out.Transactions;
import cn.gov.dongguan.voucher.application.port.out.UserRepository;
import cn.gov.dongguan.voucher.application.testing.UserRepositoryContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The user repository contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaUserRepositoryTest extends UserRepositoryContract {

    @Parameter
    TestDatabase.Kind kind;

    @Override
    protected Transactions transactions() {
        return TestDatabase.of(kind).jpa;
    }

    @Override
    protected UserRepository repository() {
        return new JpaUserRepository(TestDatabase.of(kind).jpa);
    }
}
