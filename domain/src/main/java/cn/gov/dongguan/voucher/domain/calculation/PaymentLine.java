package cn.gov.dongguan.voucher.domain.calculation;

import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.LocalDate;

/** One payment in the calculation: counted, or excluded with its reason ({@code null} when counted). */
public record PaymentLine(PaymentRef paymentRef, LocalDate paidOn, Money amount, ExclusionReason reason) {

    public boolean counted() {
        return reason == null;
    }
}
