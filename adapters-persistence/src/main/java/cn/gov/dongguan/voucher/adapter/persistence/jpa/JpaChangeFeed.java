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
 * of R-POST-1 (with their request), in one sequence. Each append locks the counter row until its
 * transaction ends, so numbers are handed out without gaps and in commit order: a rolled-back
 * change gives its number back, and no later number becomes visible before an earlier one.
 */
public class JpaChangeFeed implements ChangeFeedPort {

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
        EntityManager em = jpa.em();
        CounterJpaEntity counter = em.find(CounterJpaEntity.class, "change_event", LockModeType.PESSIMISTIC_WRITE);
        counter.value++;
        ChangeEventJpaEntity e = new ChangeEventJpaEntity();
        e.seq = counter.value;
        e.at = utc(event.at());
        e.applicationId = event.applicationId().toString();
        e.applicantUscc = event.applicantUscc().value();
        e.type = event.type();
        e.fromStage = event.from();
        e.toStage = event.to();
        e.monitoringRequestId = event.monitoringRequestId() == null
                ? null
                : event.monitoringRequestId().toString();
        em.persist(e);
        // written now: a second append in the same transaction locks and re-reads the counter row
        em.flush();
        return toEvent(e);
    }

    @Override
    public List<FeedEvent> after(long after, int limit) {
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
