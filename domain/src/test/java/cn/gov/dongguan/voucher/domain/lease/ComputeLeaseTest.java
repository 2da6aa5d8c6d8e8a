package cn.gov.dongguan.voucher.domain.lease;

import static cn.gov.dongguan.voucher.domain.DomainFixtures.dongguanEnterprise;
import static cn.gov.dongguan.voucher.domain.DomainFixtures.invoice;
import static cn.gov.dongguan.voucher.domain.DomainFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import org.junit.jupiter.api.Test;

/** Partner pushes are idempotent by natural key; a changed body for a key in use is a conflict. */
class ComputeLeaseTest {

    private final ComputeLease lease = DomainFixtures.lease("1932244450134986753", dongguanEnterprise(1));

    @Test
    void the_same_payment_again_changes_nothing() {
        assertThat(lease.recordPayment(payment("P1", "2025-01-10", "60000.00"), false))
                .isEqualTo(Upsert.CREATED);
        assertThat(lease.recordPayment(payment("P1", "2025-01-10", "60000.00"), true))
                .isEqualTo(Upsert.UNCHANGED);
        assertThat(lease.payments()).hasSize(1);
    }

    @Test
    void a_changed_payment_is_an_update_while_the_lease_is_unclaimed_and_a_conflict_once_claimed() {
        lease.recordPayment(payment("P1", "2025-01-10", "60000.00"), false);
        assertThat(lease.recordPayment(payment("P1", "2025-01-10", "61000.00"), false))
                .isEqualTo(Upsert.UPDATED);
        assertThatThrownBy(() -> lease.recordPayment(payment("P1", "2025-01-10", "62000.00"), true))
                .isInstanceOf(ConflictException.class);
        assertThat(lease.payment(PaymentRef.of("P1")).orElseThrow().amount().toString())
                .isEqualTo("61000.00");
    }

    @Test
    void a_new_payment_or_invoice_may_still_arrive_for_a_claimed_lease() {
        assertThat(lease.recordPayment(payment("P2", "2025-02-10", "1000.00"), true))
                .isEqualTo(Upsert.CREATED);
        assertThat(lease.recordInvoice(invoice(1, "1000.00"), true)).isEqualTo(Upsert.CREATED);
        assertThatThrownBy(() -> lease.recordInvoice(invoice(1, "900.00"), true))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void changed_terms_of_a_claimed_lease_are_refused_and_the_applicant_never_changes() {
        LeaseTerms same = DomainFixtures.terms(dongguanEnterprise(1));
        assertThat(lease.revise(same, true)).isEqualTo(Upsert.UNCHANGED);
        LeaseTerms longer = new LeaseTerms(
                same.applicantUscc(),
                same.contractNo(),
                same.productName(),
                same.productType(),
                same.resourceType(),
                same.billingMode(),
                3,
                same.start(),
                same.end(),
                same.contractAmount(),
                same.local(),
                same.provider(),
                same.platformSealed(),
                same.otherFiscalFunding());
        assertThatThrownBy(() -> lease.revise(longer, true)).isInstanceOf(ConflictException.class);
        assertThat(lease.revise(longer, false)).isEqualTo(Upsert.UPDATED);
        assertThat(lease.terms().quantity()).isEqualTo(3);
        LeaseTerms other = DomainFixtures.terms(dongguanEnterprise(2));
        assertThatThrownBy(() -> lease.revise(other, false)).isInstanceOf(ConflictException.class);
    }
}
