package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.util.regex.Pattern;

/** The reference of one payment within a lease (bank transaction number or the platform's id). */
public record PaymentRef(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public PaymentRef {
        if (value == null || !SHAPE.matcher(value.strip()).matches()) {
            throw ValidationException.of(
                    "paymentRef",
                    "PAYMENT_REF_FORMAT",
                    null,
                    "payment reference must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        value = value.strip();
    }

    public static PaymentRef of(String value) {
        return new PaymentRef(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
