package cn.gov.dongguan.voucher.application.testing;

import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.advance;
import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.application.port.out.Claims;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClaimLedgerPort} does: which applications claim a lease, the invoices another
 * application also claims (R-CALC-3), the payments subsidised once ever (R-BATCH-3) and what an
 * applicant was granted in other batches of the year (R-CALC-6), answered in one question.
 */
public abstract class ClaimLedgerPortContract extends StoredApplicationsContract {

    protected abstract ClaimLedgerPort claims();

    private Claims claimsOf(Application application, List<InvoiceId> invoices, int fundingYear, Batch in) {
        return tx(() -> claims().claims(new ClaimQuery(
                application.id(),
                application.applicantUscc(),
                application.content().leaseOrderNos(),
                invoices,
                fundingYear,
                in.code())));
    }

    @Test
    void leases_claimed_past_draft_and_invoices_claimed_by_others_are_found() {
        ComputeLease shared = DomainFixtures.lease("C-" + batch.code(), DomainFixtures.dongguanEnterprise(1));
        shared.recordInvoice(DomainFixtures.invoice(7, "100.00"), false);
        tx(() -> leases().save(shared));
        Application draft = storedIn(
                ReviewStage.DRAFT, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of(shared.orderNo()));
        assertThat(tx(() -> claims().isLeaseClaimedPastDraft(shared.orderNo()))).isFalse();
        assertThat(tx(() -> claims().claiming(shared.orderNo()))).containsExactly(draft.id());
        Application submitted = storedIn(
                ReviewStage.SUBMITTED,
                DomainFixtures.DONGCHENG,
                figures("乙", "0.00", "0.00"),
                List.of(shared.orderNo()));
        assertThat(tx(() -> claims().isLeaseClaimedPastDraft(shared.orderNo()))).isTrue();
        InvoiceId invoice = DomainFixtures.invoice(7, "100.00").id();
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesClaimedByOthers())
                .containsExactly(invoice);
        assertThat(claimsOf(submitted, List.of(invoice), 2025, batch).invoicesClaimedByOthers())
                .containsExactly(invoice);
        assertThat(claimsOf(draft, List.of(), 2025, batch).invoicesClaimedByOthers())
                .isEmpty();
        submitted.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(3600), null);
        tx(() -> repository().update(submitted, figures("乙", "0.00", "0.00")));
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesClaimedByOthers())
                .isEmpty();
    }

    @Test
    @Tag("R-BATCH-3")
    @Tag("R-CALC-6")
    void r_batch_3_subsidised_payments_and_r_calc_6_what_an_applicant_was_granted_this_year() {
        UnifiedSocialCreditCode uscc = nextApplicant();
        Application approved = advance(
                draft(uscc, otherBatchSameYear, DomainFixtures.DONGCHENG, List.of(OrderNumber.of("S-1")), t0),
                otherBatchSameYear,
                ReviewStage.APPROVED,
                t0);
        tx(() -> repository().insert(approved, figures("甲", "100000.00", "50000.00")));
        PaymentKey key = new PaymentKey(OrderNumber.of("S-1"), PaymentRef.of("P1"));
        tx(() -> claims().recordSubsidisedPayments(approved.id(), otherBatchSameYear.code(), List.of(key)));
        Application current = stored(
                draft(uscc, batch, DomainFixtures.DONGCHENG, List.of(OrderNumber.of("S-1")), t0),
                figures("甲", "0.00", "0.00"));
        Claims ofCurrent = claimsOf(current, List.of(), 2025, batch);
        assertThat(ofCurrent.subsidisedPayments()).containsExactly(key);
        assertThat(ofCurrent.approvedInYear()).isEqualTo(Money.of("50000.00"));
        Claims ofApproved = claimsOf(approved, List.of(), 2025, otherBatchSameYear);
        assertThat(ofApproved.subsidisedPayments()).isEmpty();
        assertThat(ofApproved.approvedInYear()).isEqualTo(Money.ZERO);
        assertThat(claimsOf(current, List.of(), 2026, batch).approvedInYear()).isEqualTo(Money.ZERO);
    }
}
