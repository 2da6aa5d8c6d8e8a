package cn.gov.dongguan.voucher.domain.shared;

import java.util.Objects;

/**
 * One broken rule or invalid value: which field, a stable machine code, the rule ID of
 * domain.md where one applies (may be {@code null}), and a message for people.
 */
public record Violation(String field, String code, String rule, String message) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Violation of(String field, String code, String rule, String message) {
        return new Violation(field, code, rule, message);
    }
}
