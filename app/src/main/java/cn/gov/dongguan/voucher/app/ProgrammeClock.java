package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.application.port.in.AdvanceClockUseCase;
import cn.gov.dongguan.voucher.application.port.out.ClockPort;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The programme's clock. In production the system clock; with {@code voucher.demo=true} and
 * {@code voucher.clock.start} it starts at that instant and runs on in real time, and an
 * administrator may move it forward (api.md). Truncated to microseconds, the precision the
 * databases store.
 */
@ApplicationScoped
public class ProgrammeClock implements ClockPort, AdvanceClockUseCase {

    private final Clock system = Clock.systemUTC();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private boolean demo;

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        demo = config.getOptionalValue("voucher.demo", Boolean.class).orElse(false);
        if (demo) {
            config.getOptionalValue("voucher.clock.start", String.class)
                    .ifPresent(start -> offset.set(Duration.between(
                            system.instant(), OffsetDateTime.parse(start).toInstant())));
        }
    }

    @Override
    public Instant now() {
        return system.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Instant advance(Actor actor, Duration by) {
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new ForbiddenException(null, "only an administrator moves the demo clock");
        }
        if (!demo) {
            throw new ConflictException("NOT_DEMO", null, "the clock can only be moved in demo mode");
        }
        if (by.isNegative() || by.isZero() || by.compareTo(Duration.ofDays(400)) > 0) {
            throw ValidationException.of("advance", "OUT_OF_RANGE", null, "advance the clock by 1 second to 400 days");
        }
        offset.updateAndGet(o -> o.plus(by));
        return now();
    }
}
