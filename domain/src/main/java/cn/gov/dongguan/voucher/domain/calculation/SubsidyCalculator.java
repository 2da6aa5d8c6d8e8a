package cn.gov.dongguan.voucher.domain.calculation;

import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.Payment;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.lease.PaymentMethod;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The subsidy calculation of domain.md §6 as a pure function: no clock, no database, the same input
 * always gives the same result. Rounding is always down to the fen, so the subsidy never exceeds
 * ratio × E (R-CALC-6).
 */
public final class SubsidyCalculator {

    private SubsidyCalculator() {}

    public static Calculation calculate(CalculationInput input) {
        CalculationPolicy policy = input.policy();
        List<LeaseCalculation> leases = new ArrayList<>();
        Money actualPayment = Money.ZERO;
        Money eligibleExpense = Money.ZERO;
        Set<InvoiceId> seen = new HashSet<>();
        for (ComputeLease lease : input.leases()) {
            LeaseCalculation calculated = calculateLease(lease, input, seen);
            leases.add(calculated);
            actualPayment = actualPayment.plus(calculated.paid());
            eligibleExpense = eligibleExpense.plus(calculated.eligible());
        }
        Money capRemaining =
                policy.annualCap().minus(input.approvedElsewhereThisYear()).max(Money.ZERO);
        boolean belowMinimum = actualPayment.isLessThan(policy.minimumPayment());
        // R-CALC-5: V replaces E, and V ≤ E; should E fall after final review, the lower figure counts.
        Money basis = input.verifiedAmount() != null ? input.verifiedAmount().min(eligibleExpense) : eligibleExpense;
        Money subsidy = belowMinimum
                ? Money.ZERO
                : basis.max(Money.ZERO).timesRoundedDown(policy.ratio()).min(capRemaining);
        return new Calculation(
                policy,
                capRemaining,
                leases,
                actualPayment,
                eligibleExpense,
                input.verifiedAmount(),
                belowMinimum,
                subsidy);
    }

    private static LeaseCalculation calculateLease(ComputeLease lease, CalculationInput input, Set<InvoiceId> seen) {
        ExclusionReason leaseReason = leaseExclusion(lease);
        List<PaymentLine> paymentLines = new ArrayList<>();
        Money paid = Money.ZERO;
        for (Payment payment : lease.payments()) {
            ExclusionReason reason = leaseReason != null ? leaseReason : paymentExclusion(lease, payment, input);
            paymentLines.add(new PaymentLine(payment.ref(), payment.paidOn(), payment.amount(), reason));
            if (reason == null) {
                paid = paid.plus(payment.amount());
            }
        }
        List<InvoiceLine> invoiceLines = new ArrayList<>();
        Money invoiced = Money.ZERO;
        for (Invoice invoice : lease.invoices()) {
            // the same invoice under two leases of one application counts once: the repeat is a duplicate
            boolean repeated = !seen.add(invoice.id());
            ExclusionReason reason = leaseReason != null ? leaseReason : invoiceExclusion(invoice, input, repeated);
            invoiceLines.add(new InvoiceLine(invoice.id(), invoice.amount(), reason));
            if (reason == null) {
                invoiced = invoiced.plus(invoice.amount());
            }
        }
        Money eligible = paid.min(invoiced).max(Money.ZERO);
        Money shortfall = invoiced.isLessThan(paid) ? paid.minus(invoiced.max(Money.ZERO)) : Money.ZERO;
        return new LeaseCalculation(lease.orderNo(), paymentLines, invoiceLines, paid, invoiced, eligible, shortfall);
    }

    /** R-CALC-1: reasons that exclude every payment and invoice of a lease, in the order of R-CALC-8. */
    private static ExclusionReason leaseExclusion(ComputeLease lease) {
        if (!lease.isPlatformConfirmed()) {
            return ExclusionReason.NOT_PLATFORM_CONFIRMED;
        }
        if (lease.terms().otherFiscalFunding()) {
            return ExclusionReason.OTHER_FISCAL_FUNDING;
        }
        return null;
    }

    /** R-CALC-2, in the order of R-CALC-8. */
    private static ExclusionReason paymentExclusion(ComputeLease lease, Payment payment, CalculationInput input) {
        if (input.alreadySubsidised().contains(new PaymentKey(lease.orderNo(), payment.ref()))) {
            return ExclusionReason.ALREADY_SUBSIDISED;
        }
        if (!input.policy().window().contains(payment.paidOn())) {
            return ExclusionReason.OUTSIDE_WINDOW;
        }
        if (payment.method() != PaymentMethod.BANK_TRANSFER) {
            return ExclusionReason.NOT_BANK_TRANSFER;
        }
        if (!payment.payeeAccount().equals(lease.terms().provider().accountNumber())) {
            return ExclusionReason.WRONG_PAYEE_ACCOUNT;
        }
        return null;
    }

    /**
     * R-CALC-3, in the order of R-CALC-8: the same invoice on two different leases is a duplicate; one
     * an earlier batch counts is already subsidised (the same lease claimed again, R-BATCH-3); one
     * issued outside the batch window proves no fee of the window.
     */
    private static ExclusionReason invoiceExclusion(Invoice invoice, CalculationInput input, boolean repeated) {
        if (repeated || input.invoicesClaimedElsewhere().contains(invoice.id())) {
            return ExclusionReason.DUPLICATE_INVOICE;
        }
        if (input.invoicesCountedEarlier().contains(invoice.id())) {
            return ExclusionReason.ALREADY_SUBSIDISED;
        }
        if (!input.policy().window().contains(invoice.issuedOn())) {
            return ExclusionReason.OUTSIDE_WINDOW;
        }
        if (invoice.copy() == InvoiceCopy.DEDUCTION_COPY) {
            return ExclusionReason.DEDUCTION_COPY;
        }
        return null;
    }
}
