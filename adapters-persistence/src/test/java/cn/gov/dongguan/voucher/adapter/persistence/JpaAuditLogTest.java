package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaAuditLog;
import cn.gov.dongguan.voucher.application.port.out.AuditLog;
import cn.gov.dongguan.voucher.application.port.out.Transactions;
import cn.gov.dongguan.voucher.application.testing.AuditLogContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit-log contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaAuditLogTest extends AuditLogContract {

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
    protected AuditLog log() {
        return new JpaAuditLog(db().jpa);
    }
}
