package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.Objects;

/**
 * What a review action is decided on besides the command, gathered by the caller.
 *
 * @param eligibility the current eligibility result; passing the eligibility check needs it eligible
 * @param eligibleExpense the current eligible expense E, the upper bound of the verified amount (R-FLOW-5)
 * @param applicant the applicant as it stands now, for the re-check before payment (R-FLOW-10); {@code null}
 *     where the caller has none, and then no payment can be recorded
 * @param creditCheckMaxAgeDays how old the credit look-up may be on the day of payment (R-FLOW-10)
 * @param otherOpenObjections how many objections of the application are open besides the one decided (R-OBJ-1)
 */
public record ReviewFacts(
        EligibilityResult eligibility,
        Money eligibleExpense,
        Applicant applicant,
        int creditCheckMaxAgeDays,
        int otherOpenObjections) {

    public ReviewFacts {
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(eligibleExpense, "eligibleExpense");
    }

    /** Facts without an applicant's standing or objections: enough for every action but a payment. */
    public ReviewFacts(EligibilityResult eligibility, Money eligibleExpense) {
        this(eligibility, eligibleExpense, null, BatchPolicy.DEFAULT_CREDIT_CHECK_MAX_AGE_DAYS, 0);
    }

    public ReviewFacts withOtherOpenObjections(int count) {
        return new ReviewFacts(eligibility, eligibleExpense, applicant, creditCheckMaxAgeDays, count);
    }
}
