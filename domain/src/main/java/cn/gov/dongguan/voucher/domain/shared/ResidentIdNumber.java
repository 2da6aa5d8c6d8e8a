package cn.gov.dongguan.voucher.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resident identity card number (居民身份证号码) of a legal representative — R-ID-3: 17 digits and
 * an ISO 7064 MOD 11-2 check character (a digit or X). Personal data: {@link #toString()} is masked,
 * so the full number never reaches a log by accident; {@link #value()} is for those who need it.
 */
public record ResidentIdNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public ResidentIdNumber {
        if (value == null) {
            throw ValidationException.of("idNumber", "ID_NUMBER_REQUIRED", "R-ID-3", "ID number is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw ValidationException.of(
                    "idNumber", "ID_NUMBER_FORMAT", "R-ID-3", "ID number must be 17 digits and a check digit or X");
        }
        if (value.charAt(17) != checkCharacterFor(value.substring(0, 17))) {
            throw ValidationException.of(
                    "idNumber", "ID_NUMBER_CHECK", "R-ID-3", "ID number has a wrong check character");
        }
    }

    public static ResidentIdNumber of(String value) {
        return new ResidentIdNumber(value);
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    public static char checkCharacterFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** {@code 4419**********1234}. */
    public String masked() {
        return Masking.keep(value, 4, 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
