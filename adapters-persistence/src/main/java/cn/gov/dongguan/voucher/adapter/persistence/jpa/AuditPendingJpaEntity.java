package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An audit entry written, not yet numbered and chained (table {@code audit_pending}, V7). */
@Entity
@Table(name = "audit_pending")
class AuditPendingJpaEntity {
    @Id
    @Column(name = "id")
    String id;

    @Column(name = "pending_order")
    long pendingOrder;

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
}
