package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaTownRepository;
import cn.gov.dongguan.voucher.application.port.out.TownPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.TownPortContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The town repository contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaTownRepositoryTest extends TownPortContract {

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
    protected TownPort repository() {
        return new JpaTownRepository(db().jpa);
    }
}
