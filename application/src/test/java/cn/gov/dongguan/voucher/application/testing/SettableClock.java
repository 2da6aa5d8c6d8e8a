package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.ClockPort;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A clock that stands still until moved. */
public final class SettableClock implements ClockPort {

    private volatile Instant now;

    public SettableClock(Instant start) {
        this.now = start;
    }

    /** At a local time of Asia/Shanghai, e.g. {@code at("2025-11-20T10:00")}. */
    public static SettableClock at(String local) {
        return new SettableClock(OffsetDateTime.parse(local + ":00+08:00").toInstant());
    }

    @Override
    public Instant now() {
        return now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(String local) {
        now = OffsetDateTime.parse(local + ":00+08:00").toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
