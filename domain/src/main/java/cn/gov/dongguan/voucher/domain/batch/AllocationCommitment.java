package cn.gov.dongguan.voucher.domain.batch;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.Instant;

/**
 * The allocation a fund manager committed for a batch; frozen once made (R-CALC-9).
 *
 * @param ratio the uniform ratio applied (RATIO mode), else the batch ratio
 * @param cap the uniform cap applied (CAP mode), else the batch cap
 */
public record AllocationCommitment(
        AllocationMode mode, Instant committedAt, String committedBy, Ratio ratio, Money cap, Money total) {

    public AllocationCommitment {
        Require.present(mode, "mode");
        Require.present(committedAt, "committedAt");
        Require.present(ratio, "ratio");
        Require.present(cap, "cap");
        Require.present(total, "total");
    }
}
