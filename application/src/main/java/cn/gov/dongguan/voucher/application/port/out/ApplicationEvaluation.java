package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Everything evaluated for an application from its facts: the explained calculation (R-CALC-1..8),
 * eligibility (R-ELIG-1..7), the flags its facts raise, and the earliest due day of the applicant's
 * unanswered monitoring requests (R-POST-1). It depends on the moment of no one: the stage at a
 * moment, the flags of a moment and what a reader may do are worked out from it at read time.
 *
 * <p>It is stored as data of the application and read back instead of being recomputed on each
 * read; whatever changes one of its facts (a payment, an invoice, a claim of another application,
 * the applicant, the batch policy, the town table, metered usage, a monitoring request) drops it
 * in the same transaction, and the next read or the background refresh computes it again.
 *
 * @param earliestOpenMonitoringDue {@code null} when the applicant has no unanswered request
 */
public record ApplicationEvaluation(
        Calculation calculation,
        EligibilityResult eligibility,
        Set<ApplicationFlag> flags,
        LocalDate earliestOpenMonitoringDue) {

    public ApplicationEvaluation {
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(eligibility, "eligibility");
        flags = Set.copyOf(flags);
    }
}
