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
 * The audit log (issue 12): an entry is written to {@code audit_pending} in the transaction of what
 * it records — no lock, no number, so audited reads of personal data never queue behind one another.
 * {@link #sequencePending()} moves the committed entries into {@code audit_log} under the locked
 * {@code audit} counter row, which holds the last number and hash: the numbers are gap-free and the
 * chain unbroken because one place, one at a time, assigns both, in the order it sees the entries
 * committed. Readers sequence what is pending before they read, so they see every committed entry.
 */
public class JpaAuditLog implements AuditLogPort {

    /** Entries moved per sequencing step. */
    static final int SEQUENCE_BATCH = 1_000;

    /** The order of entries written by this process: their relative order within one transaction kept. */
    private static final java.util.concurrent.atomic.AtomicLong ORDER =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() * 1_000);

    private final JpaContext jpa;

    public JpaAuditLog(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        AuditPendingJpaEntity e = new AuditPendingJpaEntity();
        e.id = randomId().toString();
        e.pendingOrder = ORDER.incrementAndGet();
        e.at = utc(entry.at());
        e.actor = entry.actor();
        e.role = Mapping.name(entry.role());
        e.town = entry.town() == null ? null : entry.town().value();
        e.action = entry.action();
        e.target = entry.target();
        e.result = entry.result().name();
        e.detail = entry.detail();
        jpa.em().persist(e);
        return entry;
    }

    @Override
    public int sequencePending() {
        EntityManager em = jpa.em();
        int moved = 0;
        while (true) {
            CounterJpaEntity counter = em.find(CounterJpaEntity.class, "audit", LockModeType.PESSIMISTIC_WRITE);
            List<AuditPendingJpaEntity> pending = em.createQuery(
                            "SELECT p FROM AuditPendingJpaEntity p ORDER BY p.pendingOrder, p.id",
                            AuditPendingJpaEntity.class)
                    .setMaxResults(SEQUENCE_BATCH)
                    .getResultList();
            for (AuditPendingJpaEntity p : pending) {
                AuditEntry stored = AuditEntry.of(
                                instant(p.at),
                                p.actor,
                                p.role == null ? null : Role.valueOf(p.role),
                                p.town == null ? null : TownCode.of(p.town),
                                p.action,
                                p.target,
                                AuditEntry.AuditResult.valueOf(p.result),
                                p.detail)
                        .chained(counter.value + 1, counter.lastHash);
                counter.value = stored.seq();
                counter.lastHash = stored.hash();
                em.persist(toEntity(stored));
                em.remove(p);
            }
            em.flush();
            moved += pending.size();
            if (pending.size() < SEQUENCE_BATCH) {
                return moved;
            }
        }
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
        sequencePending();
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
        sequencePending();
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

    /**
     * A random (version 4) UUID from the thread's own generator: an entry's id must be unique, not
     * unguessable, and {@code UUID.randomUUID()} draws from one synchronised SecureRandom that every
     * audited request would queue on.
     */
    static java.util.UUID randomId() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new java.util.UUID(most, least);
    }
}
