package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One issue of monitoring requests (one questionnaire sent to a batch's funded applicants, or to
 * named ones), with how its requests stand on the day it is read (R-POST-1): answered (of which
 * late), open, overdue.
 */
public record MonitoringRound(
        UUID round,
        BatchCode batch,
        String title,
        LocalDate dueOn,
        Instant issuedAt,
        long total,
        long answered,
        long late,
        long overdue) {

    /** Neither answered nor overdue. */
    public long open() {
        return total - answered - overdue;
    }
}
