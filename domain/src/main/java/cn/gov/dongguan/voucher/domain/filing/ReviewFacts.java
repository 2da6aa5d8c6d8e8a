package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.Objects;

/**
 * What a review action is decided on besides the command: the application's current figures,
 * evaluated by the caller from its leases and claims.
 *
 * @param eligibility the current eligibility result; passing the eligibility check needs it eligible
 * @param eligibleExpense the current eligible expense E, the upper bound of the verified amount (R-FLOW-5)
 */
public record ReviewFacts(EligibilityResult eligibility, Money eligibleExpense) {

    public ReviewFacts {
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(eligibleExpense, "eligibleExpense");
    }
}
