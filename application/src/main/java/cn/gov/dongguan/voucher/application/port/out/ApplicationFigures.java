package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.Objects;

/**
 * Figures stored beside an application: the applicant's name, E and S as last calculated, so that
 * lists filter, sort and page by them in the database, and the whole evaluation they come from, so
 * that a detail view or the explained calculation is read, not recomputed.
 *
 * @param evaluation {@code null} stores no evaluation (the next read computes it)
 */
public record ApplicationFigures(
        String applicantName, Money eligibleExpense, Money subsidy, ApplicationEvaluation evaluation) {

    public ApplicationFigures {
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(eligibleExpense, "eligibleExpense");
        Objects.requireNonNull(subsidy, "subsidy");
    }

    /** Figures for lists only, with no stored evaluation. */
    public ApplicationFigures(String applicantName, Money eligibleExpense, Money subsidy) {
        this(applicantName, eligibleExpense, subsidy, null);
    }

    /** The figures of an evaluation. */
    public static ApplicationFigures of(String applicantName, ApplicationEvaluation evaluation) {
        return new ApplicationFigures(
                applicantName,
                evaluation.calculation().eligibleExpense(),
                evaluation.calculation().subsidy(),
                evaluation);
    }
}
