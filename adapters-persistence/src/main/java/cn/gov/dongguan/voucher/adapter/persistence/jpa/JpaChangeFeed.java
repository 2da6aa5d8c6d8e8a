package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.instant;
import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.StageChanged;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringEvent;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * The change feed in table {@code change_event}: the moves of applications and the monitoring events
 * of R-POST-1 (with their request), in one sequence (issue 12). An event is written to {@code
 * change_pending} in the transaction of its change, with no lock and no number, so changes never
 * queue behind one another. {@link #sequencePending()} moves the committed events into {@code
 * change_event} under the locked {@code change_event} counter row, numbering them one at a time in
 * the order it sees them: a rolled-back change never becomes visible, so it takes no number; an event
 * committed after a pass is numbered after every event of that pass, so numbers follow commit order;
 * and an event leaves {@code change_pending} in the transaction that numbers it, so none is numbered
 * twice or lost. Readers sequence what is pending before they read.
 */
public class JpaChangeFeed implements ChangeFeedPort {

    /** Events moved per sequencing step. */
    static final int SEQUENCE_BATCH = 1_000;

    /** The order of events appended by this process: their order within one transaction kept. */
    private static final java.util.concurrent.atomic.AtomicLong ORDER =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() * 1_000);

    private final JpaContext jpa;

    public JpaChangeFeed(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public FeedEvent append(StageChanged event) {
        return append(FeedEvent.of(0, event));
    }

    @Override
    public FeedEvent append(MonitoringEvent event) {
        return append(FeedEvent.of(0, event));
    }

    private FeedEvent append(FeedEvent event) {
        ChangePendingJpaEntity e = new ChangePendingJpaEntity();
        e.id = JpaAuditLog.randomId().toString();
        e.pendingOrder = ORDER.incrementAndGet();
        e.at = utc(event.at());
        e.applicationId = event.applicationId().toString();
        e.applicantUscc = event.applicantUscc().value();
        e.type = event.type();
        e.fromStage = event.from();
        e.toStage = event.to();
        e.monitoringRequestId = event.monitoringRequestId() == null
                ? null
                : event.monitoringRequestId().toString();
        jpa.em().persist(e);
        return event;
    }

    @Override
    public int sequencePending() {
        EntityManager em = jpa.em();
        int moved = 0;
        while (true) {
            CounterJpaEntity counter = em.find(CounterJpaEntity.class, "change_event", LockModeType.PESSIMISTIC_WRITE);
            List<ChangePendingJpaEntity> pending = em.createQuery(
                            "SELECT p FROM ChangePendingJpaEntity p ORDER BY p.pendingOrder, p.id",
                            ChangePendingJpaEntity.class)
                    .setMaxResults(SEQUENCE_BATCH)
                    .getResultList();
            for (ChangePendingJpaEntity p : pending) {
                ChangeEventJpaEntity e = new ChangeEventJpaEntity();
                e.seq = ++counter.value;
                e.at = p.at;
                e.applicationId = p.applicationId;
                e.applicantUscc = p.applicantUscc;
                e.type = p.type;
                e.fromStage = p.fromStage;
                e.toStage = p.toStage;
                e.monitoringRequestId = p.monitoringRequestId;
                em.persist(e);
                em.remove(p);
            }
            em.flush();
            moved += pending.size();
            if (pending.size() < SEQUENCE_BATCH) {
                return moved;
            }
        }
    }

    @Override
    public List<FeedEvent> after(long after, int limit) {
        sequencePending();
        return jpa
                .em()
                .createQuery(
                        "SELECT e FROM ChangeEventJpaEntity e WHERE e.seq > :after ORDER BY e.seq",
                        ChangeEventJpaEntity.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(JpaChangeFeed::toEvent)
                .toList();
    }

    private static FeedEvent toEvent(ChangeEventJpaEntity e) {
        return new FeedEvent(
                e.seq,
                instant(e.at),
                ApplicationId.of(e.applicationId),
                UnifiedSocialCreditCode.of(e.applicantUscc),
                e.type,
                e.fromStage,
                e.toStage,
                e.monitoringRequestId == null ? null : java.util.UUID.fromString(e.monitoringRequestId));
    }
}
