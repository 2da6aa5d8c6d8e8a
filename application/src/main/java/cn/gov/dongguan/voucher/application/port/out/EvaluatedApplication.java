package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.filing.Application;
import java.util.Objects;
import java.util.Optional;

/**
 * An application as stored, with its stored evaluation when that is current.
 *
 * @param evaluation empty when something it depends on changed since it was computed
 * @param generation how many times the stored evaluation was written or dropped; a lazy writer
 *                   stores its evaluation only if this is still the generation it read
 */
public record EvaluatedApplication(
        Application application, Optional<ApplicationEvaluation> evaluation, long generation) {

    public EvaluatedApplication {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
