package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One answered question of a monitoring request. */
@Entity
@Table(name = "monitoring_answer")
@IdClass(MonitoringAnswerJpaEntity.Key.class)
class MonitoringAnswerJpaEntity {
    @Id
    @Column(name = "request_id")
    String requestId;

    @Id
    @Column(name = "question_key")
    String questionKey;

    @Column(name = "answer_value")
    String value;

    /** The primary key: request and question. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String requestId;
        String questionKey;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(requestId, k.requestId)
                    && Objects.equals(questionKey, k.questionKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, questionKey);
        }
    }
}
