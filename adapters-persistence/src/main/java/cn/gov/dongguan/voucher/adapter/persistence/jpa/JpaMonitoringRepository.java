package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.in.MonitoringRound;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringQuery;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.monitoring.AnswerKind;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestion;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestionnaire;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Monitoring requests (R-POST-1) in tables {@code monitoring_round}, {@code monitoring_question},
 * {@code monitoring_request} and {@code monitoring_answer}. A page costs three queries whatever its
 * size: the requests through a keyset index, their rounds (with questions), their answers.
 */
public class JpaMonitoringRepository implements MonitoringPort {

    private static final String REFRESH = "eclipselink.refresh";
    private final JpaContext jpa;

    public JpaMonitoringRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public void insert(List<MonitoringRequest> requests) {
        if (requests.isEmpty()) {
            return;
        }
        EntityManager em = jpa.em();
        MonitoringRequest first = requests.get(0);
        MonitoringRoundJpaEntity round = new MonitoringRoundJpaEntity();
        round.id = first.round().toString();
        round.batchCode = first.batch().value();
        round.title = first.title();
        round.dueOn = first.dueOn();
        round.issuedAt = Mapping.utc(first.issuedAt());
        round.issuedBy = first.issuedBy();
        for (MonitoringQuestion q : first.questions()) {
            MonitoringQuestionRow row = new MonitoringQuestionRow();
            row.key = q.key();
            row.text = q.text();
            row.kind = q.kind().name();
            round.questions.add(row);
        }
        em.persist(round);
        // the requests refer to the round: written first (the mapping declares no relationship to order by)
        em.flush();
        for (MonitoringRequest r : requests) {
            if (!r.round().equals(first.round())) {
                throw new IllegalArgumentException("the requests of one insert belong to one round");
            }
            MonitoringRequestJpaEntity e = new MonitoringRequestJpaEntity();
            e.id = r.id().toString();
            e.roundId = round.id;
            e.batchCode = r.batch().value();
            e.applicationId = r.funded().applicationId().toString();
            e.applicantUscc = r.applicant().value();
            e.applicantName = r.funded().applicantName();
            e.townCode = r.town().value();
            e.dueOn = r.dueOn();
            e.issuedAt = Mapping.utc(r.issuedAt());
            em.persist(e);
        }
        em.flush();
    }

    @Override
    public Optional<MonitoringRequest> find(UUID id) {
        List<MonitoringRequestJpaEntity> found = jpa.em()
                .createQuery(
                        "SELECT r FROM MonitoringRequestJpaEntity r WHERE r.id = :id", MonitoringRequestJpaEntity.class)
                .setParameter("id", id.toString())
                .setHint(REFRESH, "true")
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(requests(found).get(0));
    }

    @Override
    public boolean saveAnswer(MonitoringRequest answered) {
        EntityManager em = jpa.em();
        int updated = em.createQuery("UPDATE MonitoringRequestJpaEntity r SET r.answeredAt = :at, r.late = :late"
                        + " WHERE r.id = :id AND r.answeredAt IS NULL")
                .setParameter("at", Mapping.utc(answered.answeredAt().orElseThrow()))
                .setParameter("late", answered.late())
                .setParameter("id", answered.id().toString())
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        answered.answers().forEach((key, value) -> {
            MonitoringAnswerJpaEntity a = new MonitoringAnswerJpaEntity();
            a.requestId = answered.id().toString();
            a.questionKey = key;
            a.value = value;
            em.persist(a);
        });
        em.flush();
        return true;
    }

    @Override
    public List<MonitoringRequest> list(MonitoringQuery q) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM MonitoringRequestJpaEntity r WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.scopeTown() != null) {
            jpql.append(" AND r.townCode = :scope");
            params.put("scope", q.scopeTown().value());
        }
        if (q.batch() != null) {
            jpql.append(" AND r.batchCode = :batch");
            params.put("batch", q.batch().value());
        }
        if (q.round() != null) {
            jpql.append(" AND r.roundId = :round");
            params.put("round", q.round().toString());
        }
        if (q.applicant() != null) {
            jpql.append(" AND r.applicantUscc = :applicant");
            params.put("applicant", q.applicant().value());
        }
        if (q.status() != null) {
            switch (q.status()) {
                case ANSWERED -> jpql.append(" AND r.answeredAt IS NOT NULL");
                case OPEN -> jpql.append(" AND r.answeredAt IS NULL AND r.dueOn >= :today");
                case OVERDUE -> jpql.append(" AND r.answeredAt IS NULL AND r.dueOn < :today");
            }
            if (q.status() != cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus.ANSWERED) {
                params.put("today", q.today());
            }
        }
        if (q.after() != null) {
            jpql.append(" AND (r.issuedAt > :afterAt OR (r.issuedAt = :afterAt AND r.id > :afterId))");
            params.put("afterAt", Mapping.utc(q.after().issuedAt()));
            params.put("afterId", q.after().id().toString());
        }
        jpql.append(" ORDER BY r.issuedAt, r.id");
        TypedQuery<MonitoringRequestJpaEntity> query = jpa.em()
                .createQuery(jpql.toString(), MonitoringRequestJpaEntity.class)
                .setMaxResults(q.limit());
        params.forEach(query::setParameter);
        return requests(query.getResultList());
    }

    /** The requests of the rows, with their rounds and answers read in one query each. */
    private List<MonitoringRequest> requests(List<MonitoringRequestJpaEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        EntityManager em = jpa.em();
        Set<String> roundIds = rows.stream().map(r -> r.roundId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, MonitoringQuestionnaire> questionnaires = new HashMap<>();
        Map<String, MonitoringRoundJpaEntity> rounds = new HashMap<>();
        for (MonitoringRoundJpaEntity round : em.createQuery(
                        "SELECT g FROM MonitoringRoundJpaEntity g WHERE g.id IN :ids", MonitoringRoundJpaEntity.class)
                .setParameter("ids", List.copyOf(roundIds))
                .getResultList()) {
            rounds.put(round.id, round);
            questionnaires.put(
                    round.id,
                    new MonitoringQuestionnaire(
                            round.title,
                            round.questions.stream()
                                    .map(q -> new MonitoringQuestion(q.key, q.text, AnswerKind.valueOf(q.kind)))
                                    .toList(),
                            round.dueOn));
        }
        List<String> answeredIds =
                rows.stream().filter(r -> r.answeredAt != null).map(r -> r.id).toList();
        Map<String, Map<String, String>> answers = new HashMap<>();
        if (!answeredIds.isEmpty()) {
            for (MonitoringAnswerJpaEntity a : em.createQuery(
                            "SELECT a FROM MonitoringAnswerJpaEntity a WHERE a.requestId IN :ids",
                            MonitoringAnswerJpaEntity.class)
                    .setParameter("ids", answeredIds)
                    .setHint(REFRESH, "true")
                    .getResultList()) {
                answers.computeIfAbsent(a.requestId, k -> new LinkedHashMap<>()).put(a.questionKey, a.value);
            }
        }
        List<MonitoringRequest> result = new ArrayList<>(rows.size());
        for (MonitoringRequestJpaEntity r : rows) {
            MonitoringRoundJpaEntity round = rounds.get(r.roundId);
            result.add(new MonitoringRequest(
                    UUID.fromString(r.id),
                    UUID.fromString(r.roundId),
                    new MonitoringRequest.Funded(
                            BatchCode.of(r.batchCode),
                            ApplicationId.of(r.applicationId),
                            UnifiedSocialCreditCode.of(r.applicantUscc),
                            r.applicantName,
                            TownCode.of(r.townCode)),
                    questionnaires.get(r.roundId),
                    Mapping.instant(r.issuedAt),
                    round.issuedBy,
                    answers.getOrDefault(r.id, Map.of()),
                    Mapping.instant(r.answeredAt),
                    r.late));
        }
        return result;
    }

    @Override
    public Set<UnifiedSocialCreditCode> overdueAmong(Collection<UnifiedSocialCreditCode> applicants, LocalDate today) {
        if (applicants.isEmpty()) {
            return Set.of();
        }
        return jpa
                .em()
                .createQuery(
                        "SELECT DISTINCT r.applicantUscc FROM MonitoringRequestJpaEntity r WHERE r.applicantUscc IN :usccs"
                                + " AND r.answeredAt IS NULL AND r.dueOn < :today",
                        String.class)
                .setParameter(
                        "usccs",
                        applicants.stream().map(UnifiedSocialCreditCode::value).toList())
                .setParameter("today", today)
                .getResultList()
                .stream()
                .map(UnifiedSocialCreditCode::of)
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<LocalDate> earliestOpenDue(UnifiedSocialCreditCode applicant) {
        List<LocalDate> found = jpa.em()
                .createQuery(
                        "SELECT MIN(r.dueOn) FROM MonitoringRequestJpaEntity r WHERE r.applicantUscc = :uscc"
                                + " AND r.answeredAt IS NULL",
                        LocalDate.class)
                .setParameter("uscc", applicant.value())
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    @Override
    public long countOverdue(TownCode town, LocalDate today) {
        String jpql =
                "SELECT COUNT(r) FROM MonitoringRequestJpaEntity r WHERE r.answeredAt IS NULL AND r.dueOn < :today"
                        + (town == null ? "" : " AND r.townCode = :town");
        TypedQuery<Long> query = jpa.em().createQuery(jpql, Long.class).setParameter("today", today);
        if (town != null) {
            query.setParameter("town", town.value());
        }
        return query.getSingleResult();
    }

    @Override
    public List<MonitoringRound> rounds(BatchCode batch, TownCode town, LocalDate today) {
        EntityManager em = jpa.em();
        // native: JPQL would compare the boolean column with an integer literal on H2
        String sql = "SELECT round_id, COUNT(*),"
                + " SUM(CASE WHEN answered_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN late THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN answered_at IS NULL AND due_on < ? THEN 1 ELSE 0 END)"
                + " FROM monitoring_request WHERE batch_code = ?"
                + (town == null ? "" : " AND town_code = ?")
                + " GROUP BY round_id";
        jakarta.persistence.Query query = em.createNativeQuery(sql)
                .setParameter(1, java.sql.Date.valueOf(today))
                .setParameter(2, batch.value());
        if (town != null) {
            query.setParameter(3, town.value());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> counts = query.getResultList();
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<String, MonitoringRoundJpaEntity> rounds = new HashMap<>();
        em.createQuery("SELECT g FROM MonitoringRoundJpaEntity g WHERE g.id IN :ids", MonitoringRoundJpaEntity.class)
                .setParameter("ids", counts.stream().map(c -> (String) c[0]).toList())
                .getResultList()
                .forEach(g -> rounds.put(g.id, g));
        return counts.stream()
                .map(c -> {
                    MonitoringRoundJpaEntity g = rounds.get((String) c[0]);
                    return new MonitoringRound(
                            UUID.fromString(g.id),
                            BatchCode.of(g.batchCode),
                            g.title,
                            g.dueOn,
                            Mapping.instant(g.issuedAt),
                            number(c[1]),
                            number(c[2]),
                            number(c[3]),
                            number(c[4]));
                })
                .sorted(Comparator.comparing(MonitoringRound::issuedAt)
                        .reversed()
                        .thenComparing(r -> r.round().toString()))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
