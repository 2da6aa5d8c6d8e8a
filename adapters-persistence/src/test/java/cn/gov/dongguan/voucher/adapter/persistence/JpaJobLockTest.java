package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaJobLock;
import cn.gov.dongguan.voucher.application.port.out.JobLockPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.JobLockPortContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The job lock port contract on H2 (a locked row) and PostgreSQL (an advisory lock). */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaJobLockTest extends JobLockPortContract {

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
    protected JobLockPort lock() {
        return new JpaJobLock(db().jpa, db().isPostgres());
    }
}
