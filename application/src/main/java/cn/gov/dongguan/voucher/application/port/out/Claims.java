package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.Objects;
import java.util.Set;

/**
 * What other applications already hold of one application's leases.
 *
 * @param subsidisedPayments payments of the leases counted by another application's approval (R-CALC-2 {@code ALREADY_SUBSIDISED})
 * @param invoicesClaimedByOthers of the invoices asked about, those that also belong to a lease claimed by another
 *        application that has not been rejected, withdrawn or terminated (R-CALC-3 {@code DUPLICATE_INVOICE})
 * @param invoicesCountedEarlier of the invoices asked about, those an application of an earlier batch (by the
 *        start of its accounting window) claims on the same lease, not rejected, withdrawn or terminated, and counts:
 *        issued inside that batch's window, an invoice copy (R-CALC-3 {@code ALREADY_SUBSIDISED}, R-BATCH-3)
 * @param approvedInYear Σ allocated amounts of the applicant's approved (or disbursed) applications in other batches
 *        of the funding year (R-CALC-6)
 */
public record Claims(
        Set<PaymentKey> subsidisedPayments,
        Set<InvoiceId> invoicesClaimedByOthers,
        Set<InvoiceId> invoicesCountedEarlier,
        Money approvedInYear) {

    public static final Claims NONE = new Claims(Set.of(), Set.of(), Set.of(), Money.ZERO);

    public Claims {
        subsidisedPayments = Set.copyOf(subsidisedPayments);
        invoicesClaimedByOthers = Set.copyOf(invoicesClaimedByOthers);
        invoicesCountedEarlier = Set.copyOf(invoicesCountedEarlier);
        Objects.requireNonNull(approvedInYear, "approvedInYear");
    }
}
