package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.util.regex.Pattern;

/** The platform's order number, e.g. {@code 1932244450134986753}: the natural key of a lease. */
public record OrderNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public OrderNumber {
        if (value == null || !SHAPE.matcher(value.strip()).matches()) {
            throw ValidationException.of(
                    "orderNo",
                    "ORDER_NO_FORMAT",
                    null,
                    "order number must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        value = value.strip();
    }

    public static OrderNumber of(String value) {
        return new OrderNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
