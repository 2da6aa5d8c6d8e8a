package cn.gov.dongguan.voucher.domain.allocation;

import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.util.List;

/**
 * The result of one mode: the uniform ratio and cap it applied (the batch's own values where the
 * mode does not change them), the rows in order of complete submission, and the total.
 */
public record AllocationOutcome(AllocationMode mode, Ratio ratio, Money cap, List<AllocationRow> rows, Money total) {

    public AllocationOutcome {
        rows = List.copyOf(rows);
    }
}
