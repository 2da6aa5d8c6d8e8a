package cn.gov.dongguan.voucher.domain.allocation;

import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.shared.Money;

/** The three modes side by side, with the total requested and the budget (R-CALC-9). */
public record AllocationSimulation(
        Money requested, Money budget, AllocationOutcome ratio, AllocationOutcome cap, AllocationOutcome firstCome) {

    public AllocationOutcome outcome(AllocationMode mode) {
        return switch (mode) {
            case RATIO -> ratio;
            case CAP -> cap;
            case FIRST_COME -> firstCome;
        };
    }

    /** Whether the requests exceed the budget, so the modes actually differ. */
    public boolean oversubscribed() {
        return requested.isGreaterThan(budget);
    }
}
