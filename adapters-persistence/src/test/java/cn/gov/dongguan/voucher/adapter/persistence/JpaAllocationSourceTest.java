package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.AllocationSourcePortContract;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaAllocationSource;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaApplicantRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaBatchRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaLeaseRepository;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
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
    protected ApplicationPort repository() {
        return new JpaApplicationRepository(db().jpa);
    }

    @Override
    protected LeasePort leases() {
        return new JpaLeaseRepository(db().jpa);
    }

    @Override
    protected ApplicantPort applicants() {
        return new JpaApplicantRepository(db().jpa);
    }

    @Override
    protected BatchPort batches() {
        return new JpaBatchRepository(db().jpa);
    }

    @Override
    protected AllocationSourcePort allocationSource() {
        return new JpaAllocationSource(db().jpa);
    }
}
