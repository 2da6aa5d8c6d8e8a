package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.EvaluatedApplication;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ApplicationState;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
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
import java.util.Set;

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
        return Optional.of(restore(em, entity));
    }

    private static Application restore(EntityManager em, ApplicationJpaEntity entity) {
        // the row and its history are two reads: under read committed, a move another officer commits
        // between them leaves the row and the history of different moments. Read both again (the row
        // refreshed from the database) until they agree; the caller then meets the new version (412).
        for (int attempt = 1; ; attempt++) {
            List<ReviewRecordJpaEntity> history = history(em, entity.id);
            if (agree(entity, history) || attempt == 5) {
                return Application.restore(ApplicationMapper.toState(entity, history));
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
        ApplicationMapper.copy(state, entity);
        ApplicationMapper.figures(figures, entity);
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
    public long update(Application application, ApplicationFigures figures, long generation) {
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
        ApplicationMapper.copy(state, entity);
        try {
            for (ReviewRecord r : state.history()) {
                if (r.seq() > known) {
                    em.persist(ApplicationMapper.record(entity.id, r));
                }
            }
            em.flush();
            writeFigures(entity, figures, generation);
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
    public void updateFigures(ApplicationId id, ApplicationFigures figures, long generation) {
        ApplicationJpaEntity entity = jpa.em().find(ApplicationJpaEntity.class, id.toString());
        if (entity != null) {
            writeFigures(entity, figures, generation);
        }
    }

    /**
     * Writes the figures, and the evaluation if its generation is still the one the writer read its
     * facts at; else the evaluation stays dropped. One statement, so a concurrent drop either commits
     * before it (and this write finds the generation moved on) or waits for it (and drops what it
     * wrote). Native on purpose: a JPQL bulk update would raise the optimistic version (the ETag) too.
     */
    private void writeFigures(ApplicationJpaEntity entity, ApplicationFigures figures, long generation) {
        String evaluation = EvaluationCodec.encode(figures.evaluation());
        jpa.em()
                .createNativeQuery("UPDATE application SET applicant_name = ?1, eligible_expense = ?2, subsidy = ?3, "
                        + "evaluation = CASE WHEN eval_gen = ?4 THEN ?5 ELSE NULL END, eval_gen = eval_gen + 1 "
                        + "WHERE id = ?6")
                .setParameter(1, figures.applicantName())
                .setParameter(2, figures.eligibleExpense().amount())
                .setParameter(3, figures.subsidy().amount())
                .setParameter(4, generation)
                .setParameter(5, evaluation)
                .setParameter(6, entity.id)
                .executeUpdate();
        // the managed copy follows, for a later read in the same transaction
        ApplicationMapper.figures(figures, entity);
        if (entity.evalGen != generation) {
            entity.evaluation = null;
        }
        entity.evalGen = Math.max(entity.evalGen, generation) + 1;
    }

    @Override
    public boolean cacheEvaluation(ApplicationId id, ApplicationFigures figures, long generation) {
        String evaluation = EvaluationCodec.encode(figures.evaluation());
        if (evaluation == null) {
            return false;
        }
        int updated = jpa.em()
                .createNativeQuery("UPDATE application SET applicant_name = ?1, eligible_expense = ?2, subsidy = ?3, "
                        + "evaluation = ?4 WHERE id = ?5 AND eval_gen = ?6")
                .setParameter(1, figures.applicantName())
                .setParameter(2, figures.eligibleExpense().amount())
                .setParameter(3, figures.subsidy().amount())
                .setParameter(4, evaluation)
                .setParameter(5, id.toString())
                .setParameter(6, generation)
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public Optional<EvaluatedApplication> findEvaluated(ApplicationId id) {
        EntityManager em = jpa.em();
        ApplicationJpaEntity entity = em.find(ApplicationJpaEntity.class, id.toString());
        if (entity == null) {
            return Optional.empty();
        }
        Application application = restore(em, entity);
        return Optional.of(new EvaluatedApplication(
                application, Optional.ofNullable(EvaluationCodec.decode(entity.evaluation)), entity.evalGen));
    }

    @Override
    public long evaluationGeneration(ApplicationId id) {
        List<?> found = jpa.em()
                .createNativeQuery("SELECT eval_gen FROM application WHERE id = ?1")
                .setParameter(1, id.toString())
                .getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }

    /**
     * Each drop selects its applications by a UNION of index lookups (applicant, claimed lease,
     * invoice key, provider), never an OR over the table, which would scan every application.
     */
    private static final String DROP = "UPDATE application SET evaluation = NULL, eval_gen = eval_gen + 1 WHERE ";

    /** The applications claiming a lease that carries one of the invoices of the leases {@code leases} selects. */
    private static String sharingInvoices(String leases) {
        return "SELECT al.application_id FROM application_lease al WHERE al.order_no IN (SELECT li.order_no "
                + "FROM lease_invoice li WHERE li.invoice_key IN (SELECT k.invoice_key FROM lease_invoice k "
                + "WHERE k.order_no IN (" + leases + ")))";
    }

    /** {@code (?first, ?first+1, …)} for the values of a list. */
    private static String positions(int first, List<?> values) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "?" : ", ?").append(first + i);
        }
        return out.append(')').toString();
    }

    @Override
    public void dropRelatedEvaluations(Application changed) {
        List<String> leases = changed.content().leaseOrderNos().stream()
                .map(OrderNumber::value)
                .toList();
        // the leases as stored (before this change is written) and as changed: a lease let go of counts too
        String claimed = "SELECT o.order_no FROM application_lease o WHERE o.application_id = ?1"
                + (leases.isEmpty()
                        ? ""
                        : " UNION SELECT l.order_no FROM lease l WHERE l.order_no IN " + positions(3, leases));
        var drop = jpa.em()
                .createNativeQuery(
                        DROP + "id <> ?1 AND id IN (SELECT a.id FROM application a WHERE a.applicant_uscc = ?2 "
                                + "UNION SELECT c.application_id FROM application_lease c WHERE c.order_no IN ("
                                + claimed + ") "
                                + "UNION " + sharingInvoices(claimed) + ")")
                .setParameter(1, changed.id().toString())
                .setParameter(2, changed.applicantUscc().value());
        for (int i = 0; i < leases.size(); i++) {
            drop.setParameter(3 + i, leases.get(i));
        }
        drop.executeUpdate();
    }

    @Override
    public void dropEvaluationsOfLease(OrderNumber lease) {
        jpa.em()
                .createNativeQuery(
                        DROP + "id IN (SELECT c.application_id FROM application_lease c WHERE c.order_no = ?1 "
                                + "UNION " + sharingInvoices("?1") + ")")
                .setParameter(1, lease.value())
                .executeUpdate();
    }

    @Override
    public void dropEvaluationsOfParty(UnifiedSocialCreditCode party, ApplicationId except) {
        jpa.em()
                .createNativeQuery(
                        DROP + "id <> ?2 AND id IN (SELECT a.id FROM application a WHERE a.applicant_uscc = ?1 "
                                + "UNION SELECT c.application_id FROM application_lease c JOIN lease l ON l.order_no = c.order_no "
                                + "WHERE l.provider_uscc = ?1)")
                .setParameter(1, party.value())
                .setParameter(2, except == null ? "" : except.toString())
                .executeUpdate();
    }

    @Override
    public void dropEvaluationsWithoutUsage(Set<OrderNumber> leases) {
        if (leases.isEmpty()) {
            return;
        }
        List<String> orderNos = leases.stream().map(OrderNumber::value).sorted().toList();
        var drop = jpa.em()
                .createNativeQuery(
                        DROP + "evaluation LIKE ?1 AND id IN (SELECT c.application_id FROM application_lease c "
                                + "WHERE c.order_no IN " + positions(2, orderNos) + ")")
                .setParameter(1, "%\"" + ApplicationFlag.NO_USAGE_EVIDENCE.name() + "\"%");
        for (int i = 0; i < orderNos.size(); i++) {
            drop.setParameter(2 + i, orderNos.get(i));
        }
        drop.executeUpdate();
    }

    @Override
    public void dropEvaluationsOfBatch(BatchCode batch) {
        if (batch == null) {
            jpa.em().createNativeQuery(DROP + "1 = 1").executeUpdate();
        } else {
            jpa.em()
                    .createNativeQuery(DROP + "batch_code = ?1")
                    .setParameter(1, batch.value())
                    .executeUpdate();
        }
    }

    @Override
    public List<ApplicationId> unevaluated(int limit) {
        return jpa
                .em()
                .createQuery(
                        "SELECT a.id FROM ApplicationJpaEntity a WHERE a.evaluation IS NULL AND a.evalGen > 0 ORDER BY a.id",
                        String.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ApplicationId::of)
                .toList();
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
