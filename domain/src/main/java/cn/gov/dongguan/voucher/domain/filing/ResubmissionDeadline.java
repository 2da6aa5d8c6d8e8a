package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * R-FLOW-3: a returned application is resubmitted within N natural days — the deadline is the end
 * (23:59:59, Asia/Shanghai) of the N-th calendar day after the day of the return.
 */
public final class ResubmissionDeadline {

    private ResubmissionDeadline() {}

    public static Instant after(Instant returnedAt, int days) {
        LocalDate returnDay = ProgrammeCalendar.dayOf(returnedAt);
        return ProgrammeCalendar.endOfDay(returnDay.plusDays(days));
    }

    /** Past the deadline: from the first instant of the day after it. */
    public static boolean isPast(Instant deadline, Instant now) {
        return !ProgrammeCalendar.notPast(deadline, now);
    }
}
