package cn.gov.dongguan.voucher.domain.shared;

import java.util.List;

/**
 * A value or a request breaks one or more rules (HTTP 422). Thrown before anything changes, so
 * an object that would be invalid is never built.
 */
public class ValidationException extends DomainException {

    public ValidationException(List<Violation> violations) {
        super(summary(violations), violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
    }

    public ValidationException(Violation violation) {
        this(List.of(violation));
    }

    public static ValidationException of(String field, String code, String rule, String message) {
        return new ValidationException(Violation.of(field, code, rule, message));
    }

    private static String summary(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            if (text.length() > 0) {
                text.append("; ");
            }
            if (v.field() != null) {
                text.append(v.field()).append(": ");
            }
            text.append(v.message());
            if (v.rule() != null) {
                text.append(" (").append(v.rule()).append(')');
            }
        }
        return text.toString();
    }
}
