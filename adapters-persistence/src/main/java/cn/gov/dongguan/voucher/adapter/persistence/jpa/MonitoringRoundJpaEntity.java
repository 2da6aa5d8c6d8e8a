package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One issue of a monitoring questionnaire (R-POST-1), with its questions in order. */
@Entity
@Table(name = "monitoring_round")
class MonitoringRoundJpaEntity {
    @Id
    @Column(name = "id")
    String id;

    @Column(name = "batch_code")
    String batchCode;

    @Column(name = "title")
    String title;

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "issued_at")
    OffsetDateTime issuedAt;

    @Column(name = "issued_by")
    String issuedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitoring_question", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    List<MonitoringQuestionRow> questions = new ArrayList<>();
}
