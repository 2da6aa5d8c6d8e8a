package cn.gov.dongguan.voucher.adapter.rest.dto;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import java.time.Instant;
import java.time.LocalDate;

/** How values look on the wire: money as a string with 2 digits, instants with the +08:00 offset, dates plain. */
public final class Wire {

    private Wire() {
    }

    public static String money(Money money) {
        return money == null ? null : money.toString();
    }

    public static String instant(Instant instant) {
        return instant == null ? null : instant.atZone(ProgrammeCalendar.ZONE).toOffsetDateTime().toString();
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
