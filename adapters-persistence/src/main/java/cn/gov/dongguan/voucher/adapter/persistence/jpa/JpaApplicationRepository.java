package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ApplicationState;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applications in table {@code application} with their leases, materials and (append-only) review
 * history: the aggregate, read and written whole, and the ids the batch steps and deadline jobs work
 * on. Every query is parameterised JPQL.
 */
public class JpaApplicationRepository implements ApplicationPort {

    private final JpaContext jpa;

    public JpaApplicationRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Application> find(ApplicationId id) {
        EntityManager em = jpa.em();
        ApplicationJpaEntity entity = em.find(ApplicationJpaEntity.class, id.toString());
        if (entity == null) {
            return Optional.empty();
        }
        // the row and its history are two reads: under read committed, a move another officer commits
        // between them leaves the row and the history of different moments. Read both again (the row
        // refreshed from the database) until they agree; the caller then meets the new version (412).
        for (int attempt = 1; ; attempt++) {
            List<ReviewRecordJpaEntity> history = history(em, entity.id);
            if (agree(entity, history) || attempt == 5) {
                return Optional.of(Application.restore(ApplicationMapper.toState(entity, history)));
            }
            em.refresh(entity);
        }
    }

    /** Whether the row's stage is the stage its history ends in (no move committed between the reads). */
    private static boolean agree(ApplicationJpaEntity entity, List<ReviewRecordJpaEntity> history) {
        return history.isEmpty() || entity.stage.equals(history.get(history.size() - 1).toStage);
    }

    private static List<ReviewRecordJpaEntity> history(EntityManager em, String id) {
        return em.createQuery(
                        "SELECT r FROM ReviewRecordJpaEntity r WHERE r.applicationId = :id ORDER BY r.seq",
                        ReviewRecordJpaEntity.class)
                .setParameter("id", id)
                .getResultList();
    }

    @Override
    public void insert(Application application, ApplicationFigures figures) {
        EntityManager em = jpa.em();
        ApplicationState state = application.snapshot();
        if (!state.stage().isEnded()
                && findOpen(state.applicantUscc(), state.batch()).isPresent()) {
            throw openApplicationExists(state);
        }
        ApplicationJpaEntity entity = new ApplicationJpaEntity();
        ApplicationMapper.copy(state, figures, entity);
        em.persist(entity);
        for (ReviewRecord r : state.history()) {
            em.persist(ApplicationMapper.record(entity.id, r));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique open_key decides a race between two inserts (R-FLOW-8)
            if (isConstraintViolation(e)) {
                throw openApplicationExists(state);
            }
            throw e;
        }
    }

    private static ConflictException openApplicationExists(ApplicationState state) {
        return new ConflictException(
                "OPEN_APPLICATION_EXISTS",
                "R-FLOW-8",
                "the applicant already has an open application in batch " + state.batch());
    }

    @Override
    public long update(Application application, ApplicationFigures figures) {
        EntityManager em = jpa.em();
        ApplicationState state = application.snapshot();
        ApplicationJpaEntity entity =
                em.find(ApplicationJpaEntity.class, state.id().toString());
        if (entity == null) {
            throw new IllegalStateException("application " + state.id() + " was never stored");
        }
        if (entity.version != state.version()) {
            throw new StaleVersionException("application " + state.id(), state.version(), entity.version);
        }
        Integer stored = em.createQuery(
                        "SELECT MAX(r.seq) FROM ReviewRecordJpaEntity r WHERE r.applicationId = :id", Integer.class)
                .setParameter("id", entity.id)
                .getSingleResult();
        int known = stored == null ? 0 : stored;
        ApplicationMapper.copy(state, figures, entity);
        try {
            for (ReviewRecord r : state.history()) {
                if (r.seq() > known) {
                    em.persist(ApplicationMapper.record(entity.id, r));
                }
            }
            em.flush();
            return entity.version;
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("application " + state.id(), state.version(), null);
        } catch (PersistenceException e) {
            // another transaction appended the same history entry first: the same race as a version conflict
            if (isConstraintViolation(e)) {
                throw new StaleVersionException("application " + state.id(), state.version(), null);
            }
            throw e;
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void updateFigures(ApplicationId id, ApplicationFigures figures) {
        // native on purpose: a JPQL bulk update would raise the optimistic version (the ETag) as well
        jpa.em()
                .createNativeQuery("UPDATE application SET applicant_name = ?1, eligible_expense = ?2, subsidy = ?3 "
                        + "WHERE id = ?4")
                .setParameter(1, figures.applicantName())
                .setParameter(2, figures.eligibleExpense().amount())
                .setParameter(3, figures.subsidy().amount())
                .setParameter(4, id.toString())
                .executeUpdate();
    }

    @Override
    public Optional<ApplicationId> findOpen(UnifiedSocialCreditCode applicant, BatchCode batch) {
        return jpa
                .em()
                .createQuery("SELECT a.id FROM ApplicationJpaEntity a WHERE a.openKey = :key", String.class)
                .setParameter("key", applicant.value() + "|" + batch.value())
                .getResultList()
                .stream()
                .findFirst()
                .map(ApplicationId::of);
    }

    @Override
    public boolean existsInBatch(BatchCode batch) {
        return !jpa.em()
                .createQuery("SELECT a.id FROM ApplicationJpaEntity a WHERE a.batchCode = :batch", String.class)
                .setParameter("batch", batch.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean hasApplicationUnderReview(UnifiedSocialCreditCode applicant) {
        return !jpa.em()
                .createQuery(
                        "SELECT a.id FROM ApplicationJpaEntity a WHERE a.applicantUscc = :uscc "
                                + "AND a.stage <> :draft AND a.stage NOT IN :ended",
                        String.class)
                .setParameter("uscc", applicant.value())
                .setParameter("draft", ReviewStage.DRAFT.name())
                .setParameter("ended", ApplicationStages.ENDED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean isContentReferenced(String sha256) {
        return !jpa.em()
                .createQuery(
                        "SELECT a.id FROM ApplicationJpaEntity a JOIN a.materials m WHERE m.sha256 = :sha",
                        String.class)
                .setParameter("sha", sha256)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<ApplicationId> idsInStage(BatchCode batch, ReviewStage stage) {
        return jpa
                .em()
                .createQuery(
                        "SELECT a.id FROM ApplicationJpaEntity a WHERE a.batchCode = :batch "
                                + "AND a.stage = :stage ORDER BY a.id",
                        String.class)
                .setParameter("batch", batch.value())
                .setParameter("stage", stage.name())
                .getResultList()
                .stream()
                .map(ApplicationId::of)
                .toList();
    }

    @Override
    public List<ApplicationId> returnedOverdue(Instant now, int limit) {
        return jpa
                .em()
                .createQuery(
                        "SELECT a.id FROM ApplicationJpaEntity a WHERE a.stage = :stage "
                                + "AND a.returnDeadline <= :cutoff ORDER BY a.returnDeadline, a.id",
                        String.class)
                .setParameter("stage", ReviewStage.RETURNED.name())
                .setParameter("cutoff", utc(now.minusSeconds(1)))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ApplicationId::of)
                .toList();
    }

    @Override
    public List<ApplicationId> noticeEnded(Instant now, int limit) {
        return jpa
                .em()
                .createQuery(
                        // R-OBJ-1: one with an open objection stays on the notice; the job does not fetch it
                        // again and again (it would fill every chunk and starve the others)
                        "SELECT a.id FROM ApplicationJpaEntity a WHERE a.stage = :stage "
                                + "AND a.noticeEndsAt <= :cutoff AND (a.flags IS NULL OR a.flags NOT LIKE :open) "
                                + "ORDER BY a.noticeEndsAt, a.id",
                        String.class)
                .setParameter("stage", ReviewStage.PUBLIC_NOTICE.name())
                .setParameter("open", "%" + ApplicationFlag.OBJECTION_OPEN.name() + "%")
                .setParameter("cutoff", utc(now.minusSeconds(1)))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ApplicationId::of)
                .toList();
    }
}
