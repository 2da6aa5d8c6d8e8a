package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One question of a monitoring round. */
@Embeddable
class MonitoringQuestionRow {
    @Column(name = "question_key")
    String key;

    @Column(name = "text")
    String text;

    @Column(name = "kind")
    String kind;
}
