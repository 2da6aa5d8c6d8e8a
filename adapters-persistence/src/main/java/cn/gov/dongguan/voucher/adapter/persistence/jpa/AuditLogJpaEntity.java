package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "audit_log")
class AuditLogJpaEntity {
    @Id
    @Column(name = "seq")
    long seq;

    @Column(name = "at")
    OffsetDateTime at;

    @Column(name = "actor")
    String actor;

    @Column(name = "role")
    String role;

    @Column(name = "town")
    String town;

    @Column(name = "action")
    String action;

    @Column(name = "target")
    String target;

    @Column(name = "result")
    String result;

    @Column(name = "detail")
    String detail;

    @Column(name = "previous_hash")
    String previousHash;

    @Column(name = "hash")
    String hash;
}
