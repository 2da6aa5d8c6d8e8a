package cn.gov.dongguan.voucher.domain.shared;

import java.util.regex.Pattern;

/** A mainland mobile number, {@code 1[3-9]} and 9 more digits — R-ID-3. Personal data: printed masked. */
public record MobileNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("1[3-9]\\d{9}");

    public MobileNumber {
        if (value == null) {
            throw ValidationException.of("mobile", "MOBILE_REQUIRED", "R-ID-3", "mobile number is required");
        }
        value = value.strip();
        if (!SHAPE.matcher(value).matches()) {
            throw ValidationException.of(
                    "mobile", "MOBILE_FORMAT", "R-ID-3", "mobile number must be 11 digits starting with 13 to 19");
        }
    }

    public static MobileNumber of(String value) {
        return new MobileNumber(value);
    }

    /** {@code 138****5678}. */
    public String masked() {
        return Masking.keep(value, 3, 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
