package cn.gov.dongguan.voucher.adapter.rest.dto;

import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.calculation.LeaseCalculation;
import java.util.List;

/** The explained calculation of R-CALC-8. */
public record CalculationResponse(
        String ratio,
        String annualCap,
        String capRemaining,
        String minimumPayment,
        List<LeaseLines> leases,
        String actualPayment,
        String eligibleExpense,
        String verifiedAmount,
        boolean belowMinimum,
        String subsidy) {

    /** One lease: its lines and sums; {@code shortfall} with reason INVOICE_SHORTFALL when invoices fall short. */
    public record LeaseLines(
            String orderNo,
            List<PaymentLine> payments,
            List<InvoiceLine> invoices,
            String paid,
            String invoiced,
            String eligible,
            String shortfall,
            String shortfallReason) {}

    /** A payment, counted or excluded with its reason code. */
    public record PaymentLine(String paymentRef, String paidOn, String amount, boolean counted, String reason) {}

    /** An invoice, counted or excluded with its reason code. */
    public record InvoiceLine(String invoiceNo, String invoiceCode, String amount, boolean counted, String reason) {}

    public static CalculationResponse from(Calculation c) {
        return new CalculationResponse(
                c.policy().ratio().toString(),
                Wire.money(c.policy().annualCap()),
                Wire.money(c.capRemaining()),
                Wire.money(c.policy().minimumPayment()),
                c.leases().stream().map(CalculationResponse::lease).toList(),
                Wire.money(c.actualPayment()),
                Wire.money(c.eligibleExpense()),
                Wire.money(c.verifiedAmount()),
                c.belowMinimum(),
                Wire.money(c.subsidy()));
    }

    private static LeaseLines lease(LeaseCalculation l) {
        return new LeaseLines(
                l.orderNo().value(),
                l.payments().stream()
                        .map(p -> new PaymentLine(
                                p.paymentRef().value(),
                                Wire.date(p.paidOn()),
                                Wire.money(p.amount()),
                                p.counted(),
                                Wire.code(p.reason())))
                        .toList(),
                l.invoices().stream()
                        .map(i -> new InvoiceLine(
                                i.invoiceId().number(),
                                i.invoiceId().code(),
                                Wire.money(i.amount()),
                                i.counted(),
                                Wire.code(i.reason())))
                        .toList(),
                Wire.money(l.paid()),
                Wire.money(l.invoiced()),
                Wire.money(l.eligible()),
                Wire.money(l.invoiceShortfall()),
                l.hasInvoiceShortfall() ? LeaseCalculation.INVOICE_SHORTFALL : null);
    }
}
