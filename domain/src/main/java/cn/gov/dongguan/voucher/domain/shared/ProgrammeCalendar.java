package cn.gov.dongguan.voucher.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The programme's calendar is Asia/Shanghai (R-ID-5): a "day" is a calendar day there. Times come
 * in as parameters; the domain never reads a clock.
 */
public final class ProgrammeCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * The first and last day any date of the programme may name (issue 14, decision): payments,
     * invoices, leases, look-ups, approvals, payments out, deadlines and the clock all lie within
     * 2000-01-01 … 2100-12-31; anything outside is refused (DATE_OUT_OF_RANGE), never stored.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /** The refusal of a date outside the programme's range, for {@code field}. */
    public static Violation outOfRange(String field) {
        return Violation.of(
                field, "DATE_OUT_OF_RANGE", null, field + " must lie between " + FIRST_DAY + " and " + LAST_DAY);
    }

    /** Whether the day lies in the programme's range. */
    public static boolean inRange(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** Whether the instant falls on a day in the programme's range (checked before any zone arithmetic can overflow). */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST_DAY.atStartOfDay(ZONE).toInstant())
                && instant.isBefore(LAST_DAY.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    private ProgrammeCalendar() {}

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The last second of the day, 23:59:59 in Asia/Shanghai, as printed on notices. */
    public static Instant endOfDay(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant();
    }

    /** The first instant of the day after {@code day}: anything at or after it is past that day. */
    public static Instant startOfNextDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether {@code now} still lies on or before the day of the given end-of-day deadline. */
    public static boolean notPast(Instant deadline, Instant now) {
        return now.isBefore(startOfNextSecond(deadline));
    }

    private static Instant startOfNextSecond(Instant instant) {
        return instant.plusSeconds(1).minusNanos(instant.getNano());
    }
}
