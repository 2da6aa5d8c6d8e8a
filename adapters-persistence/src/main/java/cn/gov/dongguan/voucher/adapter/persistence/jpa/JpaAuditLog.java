package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.instant;
import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.port.out.AuditLogPort;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log in table {@code audit_log}: numbered and hash-chained through the locked
 * {@code audit} counter row, which also holds the hash of the last entry.
 */
public class JpaAuditLog implements AuditLogPort {

    private final JpaContext jpa;

    public JpaAuditLog(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        EntityManager em = jpa.em();
        CounterJpaEntity counter = em.find(CounterJpaEntity.class, "audit", LockModeType.PESSIMISTIC_WRITE);
        AuditEntry stored = entry.chained(counter.value + 1, counter.lastHash);
        counter.value = stored.seq();
        counter.lastHash = stored.hash();
        em.persist(toEntity(stored));
        // written now: a second append in the same transaction locks and re-reads the counter row
        em.flush();
        return stored;
    }

    private static AuditLogJpaEntity toEntity(AuditEntry a) {
        AuditLogJpaEntity e = new AuditLogJpaEntity();
        e.seq = a.seq();
        e.at = utc(a.at());
        e.actor = a.actor();
        e.role = Mapping.name(a.role());
        e.town = a.town() == null ? null : a.town().value();
        e.action = a.action();
        e.target = a.target();
        e.result = a.result().name();
        e.detail = a.detail();
        e.previousHash = a.previousHash();
        e.hash = a.hash();
        return e;
    }

    private static AuditEntry toEntry(AuditLogJpaEntity e) {
        return new AuditEntry(
                e.seq,
                instant(e.at),
                e.actor,
                e.role == null ? null : Role.valueOf(e.role),
                e.town == null ? null : TownCode.of(e.town),
                e.action,
                e.target,
                AuditEntry.AuditResult.valueOf(e.result),
                e.detail,
                e.previousHash,
                e.hash);
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.actor() != null) {
            where.add("e.actor = :actor");
            params.put("actor", q.actor());
        }
        if (q.action() != null) {
            where.add("e.action = :action");
            params.put("action", q.action());
        }
        if (q.target() != null) {
            where.add("e.target = :target");
            params.put("target", q.target());
        }
        if (q.from() != null) {
            where.add("e.at >= :from");
            params.put("from", utc(q.from()));
        }
        if (q.to() != null) {
            where.add("e.at < :to");
            params.put("to", utc(q.to()));
        }
        if (q.beforeSeq() != null) {
            where.add("e.seq < :before");
            params.put("before", q.beforeSeq());
        }
        TypedQuery<AuditLogJpaEntity> query = jpa.em()
                .createQuery(
                        "SELECT e FROM AuditLogJpaEntity e"
                                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                                + " ORDER BY e.seq DESC",
                        AuditLogJpaEntity.class)
                .setMaxResults(q.limit());
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(JpaAuditLog::toEntry).toList();
    }

    @Override
    public long firstBrokenSeq() {
        String previous = AuditEntry.GENESIS;
        long after = 0;
        while (true) {
            List<AuditLogJpaEntity> chunk = jpa.em()
                    .createQuery(
                            "SELECT e FROM AuditLogJpaEntity e WHERE e.seq > :after ORDER BY e.seq",
                            AuditLogJpaEntity.class)
                    .setParameter("after", after)
                    .setMaxResults(1000)
                    .getResultList();
            for (AuditLogJpaEntity e : chunk) {
                AuditEntry entry = toEntry(e);
                if (entry.seq() != after + 1 || !entry.previousHash().equals(previous) || !entry.isIntact()) {
                    return after + 1;
                }
                previous = entry.hash();
                after = entry.seq();
            }
            if (chunk.size() < 1000) {
                return 0;
            }
        }
    }
}
