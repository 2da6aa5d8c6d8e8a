package cn.gov.dongguan.voucher.domain.shared;

import java.util.regex.Pattern;

/** A bank account number, 8 to 30 digits — R-ID-3. Financial data: printed masked. */
public record BankAccountNumber(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{8,30}");

    public BankAccountNumber {
        if (value == null) {
            throw ValidationException.of("accountNumber", "ACCOUNT_REQUIRED", "R-ID-3", "account number is required");
        }
        value = value.strip();
        if (!DIGITS.matcher(value).matches()) {
            throw ValidationException.of(
                    "accountNumber", "ACCOUNT_FORMAT", "R-ID-3", "bank account number must be 8 to 30 digits");
        }
    }

    public static BankAccountNumber of(String value) {
        return new BankAccountNumber(value);
    }

    /** {@code 6222************1234}; short numbers show only their last 4 digits. */
    public String masked() {
        return value.length() >= 12 ? Masking.keep(value, 4, 4) : Masking.keep(value, 0, 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
