package cn.gov.dongguan.voucher.domain.lease;

/** How a payment was made; only a bank transfer counts (R-CALC-2). */
public enum PaymentMethod {
    BANK_TRANSFER,
    CASH,
    OTHER
}
