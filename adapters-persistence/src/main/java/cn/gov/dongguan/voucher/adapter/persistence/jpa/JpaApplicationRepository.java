package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.instant;
import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.ApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.StageCount;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ApplicationState;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applications in table {@code application} with their leases, materials and (append-only) review
 * history. Lists are read as projections with keyset pagination over indexes; allocation sources
 * stream in chunks; every query is parameterised JPQL.
 */
public class JpaApplicationRepository implements ApplicationRepository {

    private static final List<String> ENDED = List.of(ReviewStage.DISBURSED.name(), ReviewStage.REJECTED.name(),
            ReviewStage.WITHDRAWN.name(), ReviewStage.TERMINATED.name());
    private static final List<String> RELEASED = List.of(ReviewStage.REJECTED.name(), ReviewStage.WITHDRAWN.name(),
            ReviewStage.TERMINATED.name());
    private static final List<String> GRANTED = List.of(ReviewStage.APPROVED.name(), ReviewStage.DISBURSED.name());
    private static final String SUMMARY = "SELECT a.id, a.batchCode, a.applicantUscc, a.applicantName, a.town, "
            + "a.category, a.projectName, a.stage, a.version, a.createdAt, a.updatedAt, a.submittedAt, a.returnDeadline, "
            + "a.eligibleExpense, a.subsidy, a.allocatedAmount, a.bankReference, a.paidOn FROM ApplicationJpaEntity a";
    private static final int CHUNK = 1000;

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
        return Optional.of(Application.restore(ApplicationMapper.toState(entity, history(em, entity.id))));
    }

    private static List<ReviewRecordJpaEntity> history(EntityManager em, String id) {
        return em.createQuery("SELECT r FROM ReviewRecordJpaEntity r WHERE r.applicationId = :id ORDER BY r.seq",
                ReviewRecordJpaEntity.class).setParameter("id", id).getResultList();
    }

    @Override
    public void insert(Application application, ApplicationFigures figures) {
        EntityManager em = jpa.em();
        ApplicationState state = application.snapshot();
        if (!state.stage().isEnded() && findOpen(state.applicantUscc(), state.batch()).isPresent()) {
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
        return new ConflictException("OPEN_APPLICATION_EXISTS", "R-FLOW-8",
                "the applicant already has an open application in batch " + state.batch());
    }

    @Override
    public void update(Application application, ApplicationFigures figures) {
        EntityManager em = jpa.em();
        ApplicationState state = application.snapshot();
        ApplicationJpaEntity entity = em.find(ApplicationJpaEntity.class, state.id().toString());
        if (entity == null) {
            throw new IllegalStateException("application " + state.id() + " was never stored");
        }
        if (entity.version != state.version()) {
            throw new StaleVersionException("application " + state.id(), state.version(), entity.version);
        }
        Integer stored = em.createQuery("SELECT MAX(r.seq) FROM ReviewRecordJpaEntity r WHERE r.applicationId = :id",
                Integer.class).setParameter("id", entity.id).getSingleResult();
        int known = stored == null ? 0 : stored;
        ApplicationMapper.copy(state, figures, entity);
        try {
            for (ReviewRecord r : state.history()) {
                if (r.seq() > known) {
                    em.persist(ApplicationMapper.record(entity.id, r));
                }
            }
            em.flush();
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
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void updateFigures(ApplicationId id, ApplicationFigures figures) {
        // native on purpose: a JPQL bulk update would raise the optimistic version (the ETag) as well
        jpa.em().createNativeQuery("UPDATE application SET applicant_name = ?1, eligible_expense = ?2, subsidy = ?3 "
                        + "WHERE id = ?4")
                .setParameter(1, figures.applicantName())
                .setParameter(2, figures.eligibleExpense().amount())
                .setParameter(3, figures.subsidy().amount())
                .setParameter(4, id.toString())
                .executeUpdate();
    }

    @Override
    public Optional<ApplicationId> findOpen(UnifiedSocialCreditCode applicant, BatchCode batch) {
        return jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a WHERE a.openKey = :key", String.class)
                .setParameter("key", applicant.value() + "|" + batch.value())
                .getResultList().stream().findFirst().map(ApplicationId::of);
    }

    @Override
    public boolean existsInBatch(BatchCode batch) {
        return !jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a WHERE a.batchCode = :batch", String.class)
                .setParameter("batch", batch.value()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean hasApplicationUnderReview(UnifiedSocialCreditCode applicant) {
        return !jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a WHERE a.applicantUscc = :uscc "
                        + "AND a.stage <> :draft AND a.stage NOT IN :ended", String.class)
                .setParameter("uscc", applicant.value()).setParameter("draft", ReviewStage.DRAFT.name())
                .setParameter("ended", ENDED).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean isContentReferenced(String sha256) {
        return !jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a JOIN a.materials m WHERE m.sha256 = :sha",
                String.class).setParameter("sha", sha256).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean isLeaseClaimedPastDraft(OrderNumber orderNo) {
        return !jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a JOIN a.leaseOrderNos o "
                        + "WHERE o = :orderNo AND a.stage <> :draft", String.class)
                .setParameter("orderNo", orderNo.value()).setParameter("draft", ReviewStage.DRAFT.name())
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ApplicationId> claiming(OrderNumber orderNo) {
        return jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a JOIN a.leaseOrderNos o "
                        + "WHERE o = :orderNo AND a.stage NOT IN :ended", String.class)
                .setParameter("orderNo", orderNo.value()).setParameter("ended", ENDED)
                .getResultList().stream().map(ApplicationId::of).toList();
    }

    @Override
    public Set<InvoiceId> invoicesClaimedByOthers(ApplicationId self, Collection<InvoiceId> invoices) {
        Map<String, InvoiceId> byKey = new HashMap<>();
        invoices.forEach(i -> byKey.put(i.toString(), i));
        Set<InvoiceId> found = new HashSet<>();
        List<String> keys = List.copyOf(byKey.keySet());
        for (int i = 0; i < keys.size(); i += CHUNK) {
            jpa.em().createQuery("SELECT DISTINCT i.invoiceKey FROM ApplicationJpaEntity a JOIN a.leaseOrderNos o, "
                            + "LeaseJpaEntity l JOIN l.invoices i WHERE l.orderNo = o AND a.id <> :self "
                            + "AND a.stage NOT IN :released AND i.invoiceKey IN :keys", String.class)
                    .setParameter("self", self.toString()).setParameter("released", RELEASED)
                    .setParameter("keys", keys.subList(i, Math.min(keys.size(), i + CHUNK)))
                    .getResultList().forEach(k -> found.add(byKey.get(k)));
        }
        return found;
    }

    @Override
    public void recordSubsidisedPayments(ApplicationId application, BatchCode batch, Collection<PaymentKey> payments) {
        EntityManager em = jpa.em();
        for (PaymentKey key : payments) {
            SubsidisedPaymentJpaEntity.Key id = new SubsidisedPaymentJpaEntity.Key();
            id.orderNo = key.orderNo().value();
            id.paymentRef = key.paymentRef().value();
            SubsidisedPaymentJpaEntity existing = em.find(SubsidisedPaymentJpaEntity.class, id);
            if (existing != null) {
                if (!existing.applicationId.equals(application.toString())) {
                    throw new ConflictException("ALREADY_SUBSIDISED", "R-BATCH-3", "payment " + key.paymentRef()
                            + " of lease " + key.orderNo() + " was already subsidised by another application");
                }
                continue;
            }
            SubsidisedPaymentJpaEntity e = new SubsidisedPaymentJpaEntity();
            e.orderNo = id.orderNo;
            e.paymentRef = id.paymentRef;
            e.applicationId = application.toString();
            e.batchCode = batch.value();
            em.persist(e);
        }
    }

    @Override
    public Set<PaymentKey> subsidisedPayments(Collection<OrderNumber> leases, ApplicationId excluding) {
        if (leases.isEmpty()) {
            return Set.of();
        }
        String jpql = "SELECT s.orderNo, s.paymentRef FROM SubsidisedPaymentJpaEntity s WHERE s.orderNo IN :orders"
                + (excluding == null ? "" : " AND s.applicationId <> :excluding");
        TypedQuery<Object[]> query = jpa.em().createQuery(jpql, Object[].class)
                .setParameter("orders", leases.stream().map(OrderNumber::value).distinct().toList());
        if (excluding != null) {
            query.setParameter("excluding", excluding.toString());
        }
        Set<PaymentKey> keys = new HashSet<>();
        for (Object[] row : query.getResultList()) {
            keys.add(new PaymentKey(OrderNumber.of((String) row[0]), PaymentRef.of((String) row[1])));
        }
        return keys;
    }

    @Override
    public Money approvedInYear(UnifiedSocialCreditCode applicant, int fundingYear, BatchCode excluding) {
        BigDecimal sum = jpa.em().createQuery("SELECT SUM(a.allocatedAmount) FROM ApplicationJpaEntity a, "
                        + "BatchJpaEntity b WHERE b.code = a.batchCode AND a.applicantUscc = :uscc "
                        + "AND a.batchCode <> :excluding AND b.fundingYear = :year AND a.stage IN :granted", BigDecimal.class)
                .setParameter("uscc", applicant.value()).setParameter("excluding", excluding.value())
                .setParameter("year", fundingYear).setParameter("granted", GRANTED).getSingleResult();
        return sum == null ? Money.ZERO : Money.of(sum);
    }

    @Override
    public void streamAwaitingAllocation(BatchCode batch, int fundingYear, Consumer<AllocationSource> sink) {
        EntityManager em = jpa.em();
        Map<String, BigDecimal> granted = new HashMap<>();
        em.createQuery("SELECT a.applicantUscc, SUM(a.allocatedAmount) FROM ApplicationJpaEntity a, BatchJpaEntity b "
                        + "WHERE b.code = a.batchCode AND a.batchCode <> :batch AND b.fundingYear = :year "
                        + "AND a.stage IN :granted AND a.applicantUscc IN (SELECT w.applicantUscc FROM "
                        + "ApplicationJpaEntity w WHERE w.batchCode = :batch AND w.stage = :awaiting) "
                        + "GROUP BY a.applicantUscc", Object[].class)
                .setParameter("batch", batch.value()).setParameter("year", fundingYear)
                .setParameter("granted", GRANTED).setParameter("awaiting", ReviewStage.AWAITING_ALLOCATION.name())
                .getResultList().forEach(row -> granted.put((String) row[0], (BigDecimal) row[1]));
        OffsetDateTime lastAt = null;
        String lastId = null;
        while (true) {
            String keyset = lastAt == null ? "" : " AND (a.completedAt > :lastAt OR (a.completedAt = :lastAt AND a.id > :lastId))";
            TypedQuery<Object[]> query = em.createQuery("SELECT a.id, a.applicantUscc, a.applicantName, "
                            + "a.verifiedAmount, a.eligibleExpense, a.completedAt FROM ApplicationJpaEntity a "
                            + "WHERE a.batchCode = :batch AND a.stage = :awaiting" + keyset
                            + " ORDER BY a.completedAt, a.id", Object[].class)
                    .setParameter("batch", batch.value()).setParameter("awaiting", ReviewStage.AWAITING_ALLOCATION.name())
                    .setMaxResults(CHUNK);
            if (lastAt != null) {
                query.setParameter("lastAt", lastAt).setParameter("lastId", lastId);
            }
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                BigDecimal verified = (BigDecimal) row[3];
                BigDecimal elsewhere = granted.get((String) row[1]);
                sink.accept(new AllocationSource(ApplicationId.of((String) row[0]),
                        UnifiedSocialCreditCode.of((String) row[1]), (String) row[2],
                        Money.of(verified != null ? verified : (BigDecimal) row[4]), instant((OffsetDateTime) row[5]),
                        elsewhere == null ? Money.ZERO : Money.of(elsewhere)));
            }
            if (rows.size() < CHUNK) {
                return;
            }
            lastAt = (OffsetDateTime) rows.get(rows.size() - 1)[5];
            lastId = (String) rows.get(rows.size() - 1)[0];
        }
    }

    @Override
    public List<ApplicationId> idsInStage(BatchCode batch, ReviewStage stage) {
        return jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a WHERE a.batchCode = :batch "
                        + "AND a.stage = :stage ORDER BY a.id", String.class)
                .setParameter("batch", batch.value()).setParameter("stage", stage.name())
                .getResultList().stream().map(ApplicationId::of).toList();
    }

    @Override
    public List<ApplicationId> returnedOverdue(Instant now, int limit) {
        return jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a WHERE a.stage = :stage "
                        + "AND a.returnDeadline <= :cutoff ORDER BY a.returnDeadline, a.id", String.class)
                .setParameter("stage", ReviewStage.RETURNED.name()).setParameter("cutoff", utc(now.minusSeconds(1)))
                .setMaxResults(limit).getResultList().stream().map(ApplicationId::of).toList();
    }

    @Override
    public List<ApplicationId> noticeEnded(Instant now, int limit) {
        return jpa.em().createQuery("SELECT a.id FROM ApplicationJpaEntity a WHERE a.stage = :stage "
                        + "AND a.noticeEndsAt <= :cutoff ORDER BY a.noticeEndsAt, a.id", String.class)
                .setParameter("stage", ReviewStage.PUBLIC_NOTICE.name()).setParameter("cutoff", utc(now.minusSeconds(1)))
                .setMaxResults(limit).getResultList().stream().map(ApplicationId::of).toList();
    }

    @Override
    public List<ApplicationSummary> list(ApplicationListQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        filters(q, where, params);
        String column = switch (q.sort()) {
            case CREATED_AT -> "a.createdAt";
            case UPDATED_AT -> "a.updatedAt";
            case SUBSIDY -> "a.subsidy";
            case APPLICANT_NAME -> "a.applicantName";
        };
        String direction = q.descending() ? "DESC" : "ASC";
        if (q.after() != null) {
            String cmp = q.descending() ? "<" : ">";
            where.add("(" + column + " " + cmp + " :afterValue OR (" + column + " = :afterValue AND a.id " + cmp
                    + " :afterId))");
            params.put("afterValue", switch (q.sort()) {
                case CREATED_AT, UPDATED_AT -> utc(Instant.parse(q.after().value()));
                case SUBSIDY -> BigDecimal.valueOf(Long.parseLong(q.after().value()), 2);
                case APPLICANT_NAME -> q.after().value();
            });
            params.put("afterId", q.after().id());
        }
        String jpql = SUMMARY + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + column + " " + direction + ", a.id " + direction;
        TypedQuery<Object[]> query = jpa.em().createQuery(jpql, Object[].class).setMaxResults(q.limit() + 1);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(JpaApplicationRepository::summary).toList();
    }

    @Override
    public long count(ApplicationListQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        filters(q, where, params);
        TypedQuery<Long> query = jpa.em().createQuery("SELECT COUNT(a) FROM ApplicationJpaEntity a"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The WHERE conditions of a list's filters (not its keyset), with their parameters. */
    private static void filters(ApplicationListQuery q, List<String> where, Map<String, Object> params) {
        if (q.scopeTown() != null) {
            where.add("a.town = :scope");
            params.put("scope", q.scopeTown().value());
        }
        if (q.batch() != null) {
            where.add("a.batchCode = :batch");
            params.put("batch", q.batch().value());
        }
        if (!q.stages().isEmpty()) {
            where.add("a.stage IN :stages");
            params.put("stages", q.stages().stream().map(Enum::name).sorted().toList());
        }
        if (q.town() != null) {
            where.add("a.town = :town");
            params.put("town", q.town().value());
        }
        if (q.category() != null) {
            where.add("a.category = :category");
            params.put("category", q.category().name());
        }
        if (q.minSubsidy() != null) {
            where.add("a.subsidy >= :minSubsidy");
            params.put("minSubsidy", q.minSubsidy().amount());
        }
        if (q.maxSubsidy() != null) {
            where.add("a.subsidy <= :maxSubsidy");
            params.put("maxSubsidy", q.maxSubsidy().amount());
        }
        if (q.text() != null) {
            where.add("(LOWER(a.applicantName) LIKE :text ESCAPE '\\' OR a.applicantUscc LIKE :prefix ESCAPE '\\')");
            params.put("text", "%" + likeEscaped(q.text().toLowerCase(Locale.ROOT)) + "%");
            params.put("prefix", likeEscaped(q.text().toUpperCase(Locale.ROOT)) + "%");
        }
    }

    /** Escapes the LIKE wildcards of user text, so "%" and "_" match themselves. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ApplicationSummary summary(Object[] r) {
        return new ApplicationSummary(ApplicationId.of((String) r[0]), BatchCode.of((String) r[1]),
                UnifiedSocialCreditCode.of((String) r[2]), (String) r[3], TownCode.of((String) r[4]),
                ApplicantCategory.valueOf((String) r[5]), (String) r[6], ReviewStage.valueOf((String) r[7]),
                ((Number) r[8]).longValue(), instant((OffsetDateTime) r[9]), instant((OffsetDateTime) r[10]),
                instant((OffsetDateTime) r[11]), instant((OffsetDateTime) r[12]), Money.of((BigDecimal) r[13]),
                Money.of((BigDecimal) r[14]), r[15] == null ? null : Money.of((BigDecimal) r[15]), (String) r[16],
                (java.time.LocalDate) r[17]);
    }

    @Override
    public List<StageCount> countByTownAndStage(BatchCode batch, TownCode town) {
        List<String> where = new ArrayList<>();
        if (batch != null) {
            where.add("a.batchCode = :batch");
        }
        if (town != null) {
            where.add("a.town = :town");
        }
        TypedQuery<Object[]> query = jpa.em().createQuery("SELECT a.town, a.stage, COUNT(a) FROM ApplicationJpaEntity a"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " GROUP BY a.town, a.stage",
                Object[].class);
        if (batch != null) {
            query.setParameter("batch", batch.value());
        }
        if (town != null) {
            query.setParameter("town", town.value());
        }
        return query.getResultList().stream().map(r -> new StageCount(TownCode.of((String) r[0]),
                ReviewStage.valueOf((String) r[1]), ((Number) r[2]).longValue())).toList();
    }

    @Override
    public List<ApplicationSummary> returnDeadlinesBetween(Instant from, Instant to, TownCode town) {
        TypedQuery<Object[]> query = jpa.em().createQuery(SUMMARY + " WHERE a.stage = :stage AND a.returnDeadline >= :from"
                        + " AND a.returnDeadline < :to" + (town == null ? "" : " AND a.town = :town")
                        + " ORDER BY a.returnDeadline, a.id", Object[].class)
                .setParameter("stage", ReviewStage.RETURNED.name()).setParameter("from", utc(from))
                .setParameter("to", utc(to)).setMaxResults(500);
        if (town != null) {
            query.setParameter("town", town.value());
        }
        return query.getResultList().stream().map(JpaApplicationRepository::summary).toList();
    }
}
