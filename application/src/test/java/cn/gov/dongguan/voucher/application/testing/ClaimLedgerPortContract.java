package cn.gov.dongguan.voucher.application.testing;

import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.advance;
import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.application.port.out.Claims;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.NoticeDefaults;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
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
                in.code(),
                in.window().start())));
    }

    @Test
    @Tag("R-CALC-3")
    @Tag("R-BATCH-3")
    void r_calc_3_an_invoice_on_two_leases_is_a_duplicate_and_one_an_earlier_batch_counts_is_already_subsidised() {
        ComputeLease a = DomainFixtures.lease("C-" + batch.code(), DomainFixtures.dongguanEnterprise(1));
        a.recordInvoice(DomainFixtures.invoice(7, "100.00"), false);
        ComputeLease b = DomainFixtures.lease("D-" + batch.code(), DomainFixtures.dongguanEnterprise(2));
        b.recordInvoice(DomainFixtures.invoice(7, "100.00"), false);
        tx(() -> leases().save(a));
        tx(() -> leases().save(b));
        InvoiceId invoice = DomainFixtures.invoice(7, "100.00").id();

        Application draft = storedIn(
                ReviewStage.DRAFT, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of(a.orderNo()));
        assertThat(tx(() -> claims().isLeaseClaimedPastDraft(a.orderNo()))).isFalse();
        assertThat(tx(() -> claims().claiming(a.orderNo()))).containsExactly(draft.id());
        // the same lease claimed by another application is no duplicate
        Application sameLease = storedIn(
                ReviewStage.SUBMITTED, DomainFixtures.DONGCHENG, figures("乙", "0.00", "0.00"), List.of(a.orderNo()));
        assertThat(tx(() -> claims().isLeaseClaimedPastDraft(a.orderNo()))).isTrue();
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesClaimedByOthers())
                .isEmpty();
        // the same invoice carried by another lease is
        Application otherLease = storedIn(
                ReviewStage.SUBMITTED, DomainFixtures.SONGSHANHU, figures("丙", "0.00", "0.00"), List.of(b.orderNo()));
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesClaimedByOthers())
                .containsExactly(invoice);
        assertThat(claimsOf(otherLease, List.of(invoice), 2025, batch).invoicesClaimedByOthers())
                .containsExactly(invoice);
        assertThat(claimsOf(draft, List.of(), 2025, batch).invoicesClaimedByOthers())
                .isEmpty();
        otherLease.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(3600), null);
        tx(() -> repository().update(otherLease, figures("丙", "0.00", "0.00")));
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesClaimedByOthers())
                .isEmpty();
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesCountedEarlier())
                .isEmpty();

        // an application of an earlier batch (its window starts earlier and holds the issue date) counts it
        Batch earlier = Batch.announce(
                BatchCode.of(batch.code().value() + "-0"),
                "更早的批次",
                2025,
                new AccountingWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)),
                NoticeDefaults.policy2025(Money.of("30000000.00")));
        tx(() -> batches().save(earlier));
        Application first = stored(
                advance(
                        draft(nextApplicant(), earlier, DomainFixtures.DONGCHENG, List.of(a.orderNo()), t0),
                        earlier,
                        ReviewStage.SUBMITTED,
                        t0),
                figures("丁", "0.00", "0.00"));
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesCountedEarlier())
                .containsExactly(invoice);
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesClaimedByOthers())
                .isEmpty();
        // ... while for the earlier application the later claims are nothing
        assertThat(claimsOf(first, List.of(invoice), 2025, earlier).invoicesCountedEarlier())
                .isEmpty();
        assertThat(claimsOf(first, List.of(invoice), 2025, earlier).invoicesClaimedByOthers())
                .isEmpty();
        // withdrawn unfunded, the invoice is free again
        first.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(7200), null);
        tx(() -> repository().update(first, figures("丁", "0.00", "0.00")));
        assertThat(claimsOf(draft, List.of(invoice), 2025, batch).invoicesCountedEarlier())
                .isEmpty();
        assertThat(sameLease.id()).isNotEqualTo(draft.id());
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
