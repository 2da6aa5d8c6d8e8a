package cn.gov.dongguan.voucher.domain.calculation;

import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.List;

/**
 * The explained calculation of an application (R-CALC-8): the policy used, every line, per-lease
 * and total sums, and the subsidy.
 *
 * @param capRemaining the annual cap less subsidies approved in other batches of the same year (R-CALC-6)
 * @param actualPayment Σ counted payments, before the invoice comparison (R-ELIG-6)
 * @param eligibleExpense E = Σ per-lease eligible (R-CALC-5)
 * @param verifiedAmount V, when final review has set it; then it is the basis instead of E
 * @param belowMinimum the actual payment is below the batch minimum: S = 0 (R-CALC-7)
 * @param subsidy S = min(floor_to_fen(ratio × basis), capRemaining), or 0 below the minimum (R-CALC-6)
 */
public record Calculation(
        CalculationPolicy policy,
        Money capRemaining,
        List<LeaseCalculation> leases,
        Money actualPayment,
        Money eligibleExpense,
        Money verifiedAmount,
        boolean belowMinimum,
        Money subsidy) {

    public Calculation {
        leases = List.copyOf(leases);
    }

    /** The amount the subsidy is computed from: V once verified (never above E), else E. */
    public Money basis() {
        return verifiedAmount != null ? verifiedAmount.min(eligibleExpense) : eligibleExpense;
    }

    /** Whether the annual cap, not the ratio, limited the subsidy. */
    public boolean cappedByAnnualLimit() {
        return !belowMinimum && basis().timesRoundedDown(policy.ratio()).isGreaterThan(capRemaining);
    }
}
