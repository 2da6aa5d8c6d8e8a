package cn.gov.dongguan.voucher.domain.eligibility;

import java.util.List;

/** Eligible when no rule failed; otherwise every failure, in rule order. */
public record EligibilityResult(List<EligibilityFailure> failures) {

    public EligibilityResult {
        failures = List.copyOf(failures);
    }

    public boolean eligible() {
        return failures.isEmpty();
    }

    public boolean failed(String rule) {
        return failures.stream().anyMatch(f -> f.rule().equals(rule));
    }
}
