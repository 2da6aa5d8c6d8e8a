package cn.gov.dongguan.voucher.domain.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * One failed eligibility rule: its ID (e.g. {@code R-ELIG-6}), why (for partners, in English), and
 * the reasons as codes with the values of the case, so that an adapter words them in its users'
 * language ({@code BELOW_MINIMUM} with the actual payment and the minimum).
 */
public record EligibilityFailure(String rule, String message, List<Reason> reasons) {

    /** One reason a rule failed: a stable code and the values its words name, in order. */
    public record Reason(String code, List<String> values) {

        public Reason {
            Objects.requireNonNull(code, "code");
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public EligibilityFailure {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A failure without coded reasons. */
    public EligibilityFailure(String rule, String message) {
        this(rule, message, List.of());
    }
}
