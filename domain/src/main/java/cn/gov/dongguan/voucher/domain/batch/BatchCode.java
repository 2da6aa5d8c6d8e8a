package cn.gov.dongguan.voucher.domain.batch;

import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.util.regex.Pattern;

/** A batch code such as {@code 2025-1} or {@code 2025-demo}. */
public record BatchCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");

    public BatchCode {
        if (value == null || !SHAPE.matcher(value.strip()).matches()) {
            throw ValidationException.of(
                    "batch",
                    "BATCH_CODE_FORMAT",
                    "R-BATCH-1",
                    "batch code must be 1 to 32 letters, digits, '-' or '_'");
        }
        value = value.strip();
    }

    public static BatchCode of(String value) {
        return new BatchCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
