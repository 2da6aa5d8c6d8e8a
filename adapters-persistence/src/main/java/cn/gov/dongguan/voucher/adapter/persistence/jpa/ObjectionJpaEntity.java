package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "objection")
class ObjectionJpaEntity {
    @Id
    @Column(name = "id")
    String id;

    @Column(name = "batch_code")
    String batchCode;

    @Column(name = "application_id")
    String applicationId;

    @Column(name = "text")
    String text;

    @Column(name = "contact")
    String contact;

    @Column(name = "received_at")
    OffsetDateTime receivedAt;

    @Column(name = "status")
    String status;

    @Column(name = "decided_at")
    OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decision_reason")
    String decisionReason;
}
