package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaApplicantRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.testing.ApplicantPortContract;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The applicant repository contract on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class JpaApplicantRepositoryTest extends ApplicantPortContract {

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
    protected ApplicantPort repository() {
        return new JpaApplicantRepository(db().jpa);
    }
}
