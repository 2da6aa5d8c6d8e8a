package cn.gov.dongguan.voucher.domain.eligibility;

import java.util.Objects;

/** One failed eligibility rule: its ID (e.g. {@code R-ELIG-6}) and why. */
public record EligibilityFailure(String rule, String message) {

    public EligibilityFailure {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
