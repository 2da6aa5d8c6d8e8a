package cn.gov.dongguan.voucher.domain.shared;

import java.util.regex.Pattern;

/** An e-mail address: one {@code @}, a dotted domain, at most 254 characters, no blanks. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null) {
            throw ValidationException.of("email", "EMAIL_REQUIRED", null, "e-mail address is required");
        }
        value = value.strip();
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw ValidationException.of("email", "EMAIL_FORMAT", null, "not a valid e-mail address");
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
