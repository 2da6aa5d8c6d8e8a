package cn.gov.dongguan.voucher.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule or invalid value: which field, a stable machine code, the rule ID of
 * domain.md where one applies (may be {@code null}), a message for people, and the values of the
 * case the message names (dates, counts, stages), in order, so that an adapter can word the
 * refusal in its users' language without reading them back out of the message.
 */
public record Violation(String field, String code, String rule, String message, List<String> values) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        values = values == null ? List.of() : List.copyOf(values);
    }

    public Violation(String field, String code, String rule, String message) {
        this(field, code, rule, message, List.of());
    }

    public static Violation of(String field, String code, String rule, String message) {
        return new Violation(field, code, rule, message);
    }

    /** This violation carrying the values its message names. */
    public Violation with(List<String> values) {
        return new Violation(field, code, rule, message, values);
    }
}
