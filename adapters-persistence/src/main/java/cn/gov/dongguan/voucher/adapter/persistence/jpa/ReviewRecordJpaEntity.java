package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One entry of an application's review history; only ever inserted (R-FLOW-2). */
@Entity
@Table(name = "review_record")
@IdClass(ReviewRecordJpaEntity.Key.class)
class ReviewRecordJpaEntity {
    @Id
    @Column(name = "application_id")
    String applicationId;

    @Id
    @Column(name = "seq")
    int seq;

    @Column(name = "at")
    OffsetDateTime at;

    @Column(name = "from_stage")
    String fromStage;

    @Column(name = "to_stage")
    String toStage;

    @Column(name = "action")
    String action;

    @Column(name = "actor_name")
    String actorName;

    @Column(name = "role")
    String role;

    @Column(name = "town")
    String town;

    @Column(name = "reason")
    String reason;

    @Column(name = "return_items")
    String returnItems;

    @Column(name = "note")
    String note;

    @Column(name = "previous_hash")
    String previousHash;

    @Column(name = "hash")
    String hash;

    /** The composite key (application, sequence number). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String applicationId;
        int seq;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.seq == seq && Objects.equals(k.applicationId, applicationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, seq);
        }
    }
}
