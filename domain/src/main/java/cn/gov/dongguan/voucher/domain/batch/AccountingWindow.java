package cn.gov.dongguan.voucher.domain.batch;

import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.LocalDate;

/** 核算范围: the days whose payments a batch covers, both ends inclusive (R-BATCH-1, R-CALC-2). */
public record AccountingWindow(LocalDate start, LocalDate end) {

    public AccountingWindow {
        Require.day(start, "windowStart");
        Require.day(end, "windowEnd");
        Require.that(
                !end.isBefore(start),
                "windowEnd",
                "WINDOW_ENDS_BEFORE_START",
                "R-BATCH-1",
                "the accounting window cannot end before it starts");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
