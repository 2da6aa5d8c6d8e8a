package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaChangeFeed;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeed;
import cn.gov.dongguan.voucher.application.port.out.Transactions;
import cn.gov.dongguan.voucher.application.testing.ChangeFeedContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The change-feed contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaChangeFeedTest extends ChangeFeedContract {

    @Parameter
    TestDatabase.Kind kind;

    TestDatabase db() {
        return TestDatabase.of(kind);
    }

    @Override
    protected Transactions transactions() {
        return db().jpa;
    }

    @Override
    protected ChangeFeed feed() {
        return new JpaChangeFeed(db().jpa);
    }
}
