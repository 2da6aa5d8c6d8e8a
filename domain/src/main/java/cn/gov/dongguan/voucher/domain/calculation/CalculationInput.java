package cn.gov.dongguan.voucher.domain.calculation;

import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a calculation depends on; the same input always gives the same result (R-CALC-8).
 *
 * @param alreadySubsidised payments counted by an earlier batch's approved application (R-CALC-2, R-BATCH-3)
 * @param invoicesClaimedElsewhere invoices also carried by another lease, claimed by an application not rejected,
 *        withdrawn or terminated: {@code DUPLICATE_INVOICE} (R-CALC-3)
 * @param approvedElsewhereThisYear subsidies approved for the same applicant in other batches of the
 *        same funding year (R-CALC-6)
 * @param verifiedAmount V set at final review, which replaces E (R-CALC-5); {@code null} before
 * @param invoicesCountedEarlier invoices of these leases that an application of an earlier batch counts, still
 *        under review or funded: {@code ALREADY_SUBSIDISED}, without a fraud flag (R-CALC-3, R-BATCH-3)
 */
public record CalculationInput(
        CalculationPolicy policy,
        List<ComputeLease> leases,
        Set<PaymentKey> alreadySubsidised,
        Set<InvoiceId> invoicesClaimedElsewhere,
        Money approvedElsewhereThisYear,
        Money verifiedAmount,
        Set<InvoiceId> invoicesCountedEarlier) {

    public CalculationInput {
        Objects.requireNonNull(policy, "policy");
        leases = List.copyOf(leases);
        alreadySubsidised = Set.copyOf(alreadySubsidised == null ? Set.of() : alreadySubsidised);
        invoicesClaimedElsewhere = Set.copyOf(invoicesClaimedElsewhere == null ? Set.of() : invoicesClaimedElsewhere);
        approvedElsewhereThisYear = approvedElsewhereThisYear == null ? Money.ZERO : approvedElsewhereThisYear;
        invoicesCountedEarlier = Set.copyOf(invoicesCountedEarlier == null ? Set.of() : invoicesCountedEarlier);
        if (approvedElsewhereThisYear.isNegative() || (verifiedAmount != null && verifiedAmount.isNegative())) {
            throw new IllegalArgumentException("approved and verified amounts are never negative");
        }
    }

    /** An input where no earlier batch counted any of the invoices. */
    public CalculationInput(
            CalculationPolicy policy,
            List<ComputeLease> leases,
            Set<PaymentKey> alreadySubsidised,
            Set<InvoiceId> invoicesClaimedElsewhere,
            Money approvedElsewhereThisYear,
            Money verifiedAmount) {
        this(
                policy,
                leases,
                alreadySubsidised,
                invoicesClaimedElsewhere,
                approvedElsewhereThisYear,
                verifiedAmount,
                Set.of());
    }

    public static CalculationInput of(CalculationPolicy policy, List<ComputeLease> leases) {
        return new CalculationInput(policy, leases, Set.of(), Set.of(), Money.ZERO, null, Set.of());
    }
}
