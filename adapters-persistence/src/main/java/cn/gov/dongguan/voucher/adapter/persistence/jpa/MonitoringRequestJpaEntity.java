package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One monitoring request to one funded applicant; its answers are rows of {@code monitoring_answer}. */
@Entity
@Table(name = "monitoring_request")
class MonitoringRequestJpaEntity {
    @Id
    @Column(name = "id")
    String id;

    @Column(name = "round_id")
    String roundId;

    @Column(name = "batch_code")
    String batchCode;

    @Column(name = "application_id")
    String applicationId;

    @Column(name = "applicant_uscc")
    String applicantUscc;

    @Column(name = "applicant_name")
    String applicantName;

    @Column(name = "town_code")
    String townCode;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "issued_at")
    OffsetDateTime issuedAt;

    @Column(name = "answered_at")
    OffsetDateTime answeredAt;

    @Column(name = "late")
    boolean late;
}
