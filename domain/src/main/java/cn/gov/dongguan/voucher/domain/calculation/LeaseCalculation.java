package cn.gov.dongguan.voucher.domain.calculation;

import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.List;

/**
 * The calculation of one lease (R-CALC-4): eligible = min(Σ counted payments, Σ counted invoices),
 * never below zero; where the invoices fall short of the payments the difference is reported as
 * {@link #INVOICE_SHORTFALL}.
 */
public record LeaseCalculation(
        OrderNumber orderNo,
        List<PaymentLine> payments,
        List<InvoiceLine> invoices,
        Money paid,
        Money invoiced,
        Money eligible,
        Money invoiceShortfall) {

    public static final String INVOICE_SHORTFALL = "INVOICE_SHORTFALL";

    public LeaseCalculation {
        payments = List.copyOf(payments);
        invoices = List.copyOf(invoices);
    }

    public boolean hasInvoiceShortfall() {
        return invoiceShortfall.isPositive();
    }
}
