package cn.gov.dongguan.voucher.domain.reference;

import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The stable code of a town, subdistrict or park: pinyin in capitals, e.g. {@code DONGCHENG} (R-REF-1). */
public record TownCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    public TownCode {
        if (value == null) {
            throw ValidationException.of("town", "TOWN_REQUIRED", "R-REF-1", "town is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw ValidationException.of(
                    "town",
                    "TOWN_CODE_FORMAT",
                    "R-REF-1",
                    "town code must be 2 to 32 capital letters, digits or underscores");
        }
    }

    public static TownCode of(String value) {
        return new TownCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
