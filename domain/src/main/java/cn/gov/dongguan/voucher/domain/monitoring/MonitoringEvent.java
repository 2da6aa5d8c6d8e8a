package cn.gov.dongguan.voucher.domain.monitoring;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the change feed publishes of a monitoring request (R-POST-1): its issue and its answer, with
 * the status before and after, so the portal can mirror the requests without polling each one.
 */
public record MonitoringEvent(
        UUID requestId,
        ApplicationId applicationId,
        UnifiedSocialCreditCode applicantUscc,
        Instant at,
        Type type,
        MonitoringStatus from,
        MonitoringStatus to) {

    public enum Type {
        MONITORING_REQUESTED,
        MONITORING_ANSWERED
    }

    public MonitoringEvent {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(applicantUscc, "applicantUscc");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(to, "to");
    }
}
