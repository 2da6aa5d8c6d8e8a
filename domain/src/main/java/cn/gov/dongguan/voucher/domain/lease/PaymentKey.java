package cn.gov.dongguan.voucher.domain.lease;

import java.util.Objects;

/** A payment anywhere: its lease and its reference (R-BATCH-3, R-CALC-2 {@code ALREADY_SUBSIDISED}). */
public record PaymentKey(OrderNumber orderNo, PaymentRef paymentRef) {

    public PaymentKey {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(paymentRef, "paymentRef");
    }
}
