package cn.gov.dongguan.voucher.domain.lease;

/** A normal invoice (positive amount) or a red-letter credit invoice (negative amount) — R-CALC-3. */
public enum InvoiceKind {
    NORMAL,
    RED_LETTER
}
