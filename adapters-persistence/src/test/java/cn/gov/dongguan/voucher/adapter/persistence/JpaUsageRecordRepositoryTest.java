package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaUsageRecordRepository;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordRepository;
import cn.gov.dongguan.voucher.application.port.out.Transactions;
import cn.gov.dongguan.voucher.application.testing.UsageRecordRepositoryContract;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaLeaseRepository;
import cn.gov.dongguan.voucher.application.port.out.LeaseRepository;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The usage-record repository contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaUsageRecordRepositoryTest extends UsageRecordRepositoryContract {

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
    protected UsageRecordRepository repository() {
        return new JpaUsageRecordRepository(db().jpa);
    }

    @Override
    protected LeaseRepository leases() {
        return new JpaLeaseRepository(db().jpa);
    }
}
