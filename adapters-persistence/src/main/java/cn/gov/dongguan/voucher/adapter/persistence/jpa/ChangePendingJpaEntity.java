package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A feed event written in its change's transaction, not yet numbered (see {@link JpaChangeFeed}). */
@Entity
@Table(name = "change_pending")
class ChangePendingJpaEntity {
    @Id
    @Column(name = "id")
    String id;

    @Column(name = "pending_order")
    long pendingOrder;

    @Column(name = "at")
    OffsetDateTime at;

    @Column(name = "application_id")
    String applicationId;

    @Column(name = "applicant_uscc")
    String applicantUscc;

    @Column(name = "type")
    String type;

    @Column(name = "from_stage")
    String fromStage;

    @Column(name = "to_stage")
    String toStage;

    @Column(name = "monitoring_request_id")
    String monitoringRequestId;
}
