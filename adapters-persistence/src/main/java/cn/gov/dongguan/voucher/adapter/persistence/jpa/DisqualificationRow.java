package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

@Embeddable
class DisqualificationRow {
    @Column(name = "since")
    OffsetDateTime since;

    @Column(name = "reason")
    String reason;

    @Column(name = "imposed_by")
    String imposedBy;

    @Column(name = "application_id")
    String applicationId;

    @Column(name = "lifted_at")
    OffsetDateTime liftedAt;

    @Column(name = "lift_reason")
    String liftReason;

    @Column(name = "lifted_by")
    String liftedBy;
}
