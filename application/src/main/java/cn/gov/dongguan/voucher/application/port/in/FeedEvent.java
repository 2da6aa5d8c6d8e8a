package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.StageChanged;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringEvent;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the change feed, numbered without gaps in commit order: a move of an application
 * ({@code type} the review action, {@code from}/{@code to} its stages) or a monitoring event of
 * R-POST-1 ({@code type} {@code MONITORING_REQUESTED} or {@code MONITORING_ANSWERED}, {@code from}/
 * {@code to} the request's status, {@code monitoringRequestId} the request).
 */
public record FeedEvent(
        long seq,
        Instant at,
        ApplicationId applicationId,
        UnifiedSocialCreditCode applicantUscc,
        String type,
        String from,
        String to,
        UUID monitoringRequestId) {

    public FeedEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(applicantUscc, "applicantUscc");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(to, "to");
    }

    /** The entry of a move of an application. */
    public static FeedEvent of(long seq, StageChanged e) {
        return new FeedEvent(
                seq,
                e.at(),
                e.applicationId(),
                e.applicantUscc(),
                e.action().name(),
                e.from() == null ? null : e.from().name(),
                e.to().name(),
                null);
    }

    /** The entry of a monitoring request's issue or answer. */
    public static FeedEvent of(long seq, MonitoringEvent e) {
        return new FeedEvent(
                seq,
                e.at(),
                e.applicationId(),
                e.applicantUscc(),
                e.type().name(),
                e.from() == null ? null : e.from().name(),
                e.to().name(),
                e.requestId());
    }
}
