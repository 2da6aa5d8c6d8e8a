package cn.gov.dongguan.voucher.application.port.out;

import java.time.Instant;

/** The current instant. The only place time enters the system; the demo clock can be moved. */
public interface ClockPort {

    Instant now();
}
