package cn.gov.dongguan.voucher.domain.applicant;

import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * 取消申报资格 after serious fraud (R-FLOW-6): in force from {@code since} until the city bureau
 * lifts it with a reason.
 *
 * @param applicationId the application whose review found the fraud, where one did
 */
public record Disqualification(
        Instant since,
        String reason,
        String by,
        UUID applicationId,
        Instant liftedAt,
        String liftReason,
        String liftedBy) {

    public Disqualification {
        Require.present(since, "since");
        reason = Require.text(reason, "reason", 1000);
        if (liftedAt != null) {
            liftReason = Require.text(liftReason, "liftReason", 1000);
        }
    }

    public static Disqualification imposed(Instant since, String reason, String by, UUID applicationId) {
        return new Disqualification(since, reason, by, applicationId, null, null, null);
    }

    public boolean isInForce() {
        return liftedAt == null;
    }

    Disqualification lifted(Instant at, String reason, String by) {
        return new Disqualification(since, this.reason, this.by, applicationId, at, reason, by);
    }
}
