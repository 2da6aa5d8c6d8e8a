package cn.gov.dongguan.voucher.domain.lease;

/** Which copy of a paper VAT invoice was filed; only the invoice copy (发票联) counts (R-CALC-3). */
public enum InvoiceCopy {
    INVOICE_COPY,
    DEDUCTION_COPY
}
