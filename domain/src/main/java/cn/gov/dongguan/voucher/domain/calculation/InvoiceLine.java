package cn.gov.dongguan.voucher.domain.calculation;

import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.shared.Money;

/** One invoice in the calculation: counted, or excluded with its reason ({@code null} when counted). */
public record InvoiceLine(InvoiceId invoiceId, Money amount, ExclusionReason reason) {

    public boolean counted() {
        return reason == null;
    }
}
