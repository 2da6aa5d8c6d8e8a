package cn.gov.dongguan.voucher.domain.batch;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.Instant;

/**
 * The values of a batch the fund manager may change until allocation is committed (R-BATCH-1,
 * R-BATCH-2). The ratio may be lowered below 50 % but never raised above it; the annual cap may be
 * lowered below 1,000,000.00 but never raised above it.
 *
 * @param submissionDeadline last instant a submission is accepted, inclusive (decision of R-BATCH-1)
 * @param noticePeriodDays calendar days of the public notice (公示), 7 by default (decision)
 * @param resubmitDays natural days to resubmit after a return (R-FLOW-3), 5 by default
 * @param creditCheckMaxAgeDays how old the applicant's latest credit look-up may be on the day of payment
 *     (R-FLOW-10), 30 by default
 */
public record BatchPolicy(
        Ratio ratio,
        Money annualCap,
        Money minimumPayment,
        Money budget,
        Instant submissionDeadline,
        int noticePeriodDays,
        int resubmitDays,
        int creditCheckMaxAgeDays) {

    /** 30 days: the default age limit of the credit look-up at payment (R-FLOW-10, decision). */
    public static final int DEFAULT_CREDIT_CHECK_MAX_AGE_DAYS = 30;

    /** 1,000,000.00: the annual ceiling per applicant of the notice. */
    public static final Money MAXIMUM_ANNUAL_CAP = Money.of("1000000.00");

    public BatchPolicy {
        Require.present(ratio, "ratio");
        Require.that(
                !ratio.isGreaterThan(Ratio.HALF),
                "ratio",
                "RATIO_ABOVE_LIMIT",
                "R-BATCH-2",
                "the subsidy ratio may not exceed 0.50");
        Require.present(annualCap, "annualCap");
        Require.that(
                !annualCap.isNegative(), "annualCap", "NEGATIVE_AMOUNT", "R-ID-2", "the annual cap cannot be negative");
        Require.that(
                !annualCap.isGreaterThan(MAXIMUM_ANNUAL_CAP),
                "annualCap",
                "CAP_ABOVE_LIMIT",
                "R-BATCH-2",
                "the annual cap may not exceed 1000000.00");
        Require.present(minimumPayment, "minimumPayment");
        Require.that(
                !minimumPayment.isNegative(),
                "minimumPayment",
                "NEGATIVE_AMOUNT",
                "R-ID-2",
                "the minimum payment cannot be negative");
        Require.present(budget, "budget");
        Require.that(!budget.isNegative(), "budget", "NEGATIVE_AMOUNT", "R-ID-2", "the budget cannot be negative");
        Require.instant(submissionDeadline, "submissionDeadline");
        Require.that(
                noticePeriodDays >= 1 && noticePeriodDays <= 60,
                "noticePeriodDays",
                "OUT_OF_RANGE",
                "R-BATCH-1",
                "the notice period must be 1 to 60 days");
        Require.that(
                resubmitDays >= 1 && resubmitDays <= 60,
                "resubmitDays",
                "OUT_OF_RANGE",
                "R-BATCH-1",
                "the resubmission window must be 1 to 60 days");
        Require.that(
                creditCheckMaxAgeDays >= 0 && creditCheckMaxAgeDays <= 366,
                "creditCheckMaxAgeDays",
                "OUT_OF_RANGE",
                "R-FLOW-10",
                "the age limit of the credit look-up must be 0 to 366 days");
    }

    /** A policy with the default age limit of the credit look-up (30 days). */
    public BatchPolicy(
            Ratio ratio,
            Money annualCap,
            Money minimumPayment,
            Money budget,
            Instant submissionDeadline,
            int noticePeriodDays,
            int resubmitDays) {
        this(
                ratio,
                annualCap,
                minimumPayment,
                budget,
                submissionDeadline,
                noticePeriodDays,
                resubmitDays,
                DEFAULT_CREDIT_CHECK_MAX_AGE_DAYS);
    }

    /** Whether a submission at {@code now} is in time; the deadline is inclusive to the second. */
    public boolean acceptsSubmissionAt(Instant now) {
        return ProgrammeCalendar.notPast(submissionDeadline, now);
    }

    public BatchPolicy with(PolicyChange change) {
        return new BatchPolicy(
                change.ratio() != null ? change.ratio() : ratio,
                change.annualCap() != null ? change.annualCap() : annualCap,
                change.minimumPayment() != null ? change.minimumPayment() : minimumPayment,
                change.budget() != null ? change.budget() : budget,
                change.submissionDeadline() != null ? change.submissionDeadline() : submissionDeadline,
                change.noticePeriodDays() != null ? change.noticePeriodDays() : noticePeriodDays,
                change.resubmitDays() != null ? change.resubmitDays() : resubmitDays,
                change.creditCheckMaxAgeDays() != null ? change.creditCheckMaxAgeDays() : creditCheckMaxAgeDays);
    }
}
