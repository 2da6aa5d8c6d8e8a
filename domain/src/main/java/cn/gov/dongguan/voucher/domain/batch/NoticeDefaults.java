package cn.gov.dongguan.voucher.domain.batch;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.time.LocalDate;

/** The first batch as the 2025 notice announces it (R-BATCH-1); the budget is the fund manager's to set. */
public final class NoticeDefaults {

    public static final String TITLE_2025_1 = "2025年第一批";
    public static final AccountingWindow WINDOW_2025_1 =
            new AccountingWindow(LocalDate.of(2024, 4, 23), LocalDate.of(2025, 10, 31));

    private NoticeDefaults() {}

    public static BatchPolicy policy2025(Money budget) {
        return new BatchPolicy(
                Ratio.HALF,
                BatchPolicy.MAXIMUM_ANNUAL_CAP,
                Money.of("50000.00"),
                budget,
                ProgrammeCalendar.endOfDay(LocalDate.of(2025, 11, 15)),
                7,
                5);
    }

    public static Batch batch2025First(Money budget) {
        return Batch.announce(BatchCode.of("2025-1"), TITLE_2025_1, 2025, WINDOW_2025_1, policy2025(budget));
    }
}
