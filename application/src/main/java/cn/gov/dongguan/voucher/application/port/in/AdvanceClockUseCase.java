package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.review.Actor;
import java.time.Duration;
import java.time.Instant;

/**
 * Use case: in demo mode an administrator moves the programme's clock forward (to show deadlines
 * passing); refused with demo mode off. Implemented by the clock adapter itself.
 */
public interface AdvanceClockUseCase {

    /** Moves the clock by {@code by} (positive) and returns the new now. */
    Instant advance(Actor actor, Duration by);
}
