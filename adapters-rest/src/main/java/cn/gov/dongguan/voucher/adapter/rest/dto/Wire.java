package cn.gov.dongguan.voucher.adapter.rest.dto;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How values look on the wire: money as a string with 2 digits, instants with the +08:00 offset, dates plain. */
public final class Wire {

    private Wire() {}

    public static String money(Money money) {
        return money == null ? null : money.toString();
    }

    public static String instant(Instant instant) {
        return instant == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        instant.atZone(ProgrammeCalendar.ZONE).toOffsetDateTime());
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
