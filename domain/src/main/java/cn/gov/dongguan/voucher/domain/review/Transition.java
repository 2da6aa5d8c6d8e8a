package cn.gov.dongguan.voucher.domain.review;

import java.util.Objects;

/** One row of the stage table: in stage {@code from}, {@code role} may take {@code action}, leading to {@code to}. */
public record Transition(ReviewStage from, ReviewAction action, Role role, ReviewStage to) {

    public Transition {
        Objects.requireNonNull(from);
        Objects.requireNonNull(action);
        Objects.requireNonNull(role);
        Objects.requireNonNull(to);
    }
}
