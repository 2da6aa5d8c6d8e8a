package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One keyset page of monitoring requests, in order of issue.
 *
 * @param scopeTown when set, only this town's requests exist for the caller
 * @param batch, round, applicant, status optional filters; the status as seen on {@code today}
 * @param after the last row of the previous page, or {@code null}
 * @param limit rows to return, 1 to 500
 */
public record MonitoringQuery(
        TownCode scopeTown,
        BatchCode batch,
        UUID round,
        UnifiedSocialCreditCode applicant,
        MonitoringStatus status,
        LocalDate today,
        Keyset after,
        int limit) {

    public MonitoringQuery {
        Objects.requireNonNull(today, "today");
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1 to 500");
        }
    }

    /** Where a page starts: after the request issued at {@code issuedAt} with {@code id}. */
    public record Keyset(Instant issuedAt, UUID id) {

        public Keyset {
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(id, "id");
        }
    }

    /** The same query from another position. */
    public MonitoringQuery after(Keyset position) {
        return new MonitoringQuery(scopeTown, batch, round, applicant, status, today, position, limit);
    }
}
