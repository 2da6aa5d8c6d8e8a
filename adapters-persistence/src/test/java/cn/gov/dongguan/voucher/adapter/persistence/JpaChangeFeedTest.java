package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaChangeFeed;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.ChangeFeedPortContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The change-feed contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaChangeFeedTest extends ChangeFeedPortContract {

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
    protected ChangeFeedPort feed() {
        return new JpaChangeFeed(db().jpa);
    }
}
