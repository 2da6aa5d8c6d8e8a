package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.instant;
import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.StageCount;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lists and counts over table {@code application}: projections of the stored figures (no
 * aggregate is loaded), keyset pages over indexes, counts with the same filters.
 */
public class JpaApplicationList implements ApplicationListPort {

    private static final String SUMMARY = "SELECT a.id, a.batchCode, a.applicantUscc, a.applicantName, a.town, "
            + "a.category, a.projectName, a.stage, a.version, a.createdAt, a.updatedAt, a.submittedAt, a.returnDeadline, "
            + "a.eligibleExpense, a.subsidy, a.allocatedAmount, a.bankReference, a.paidOn FROM ApplicationJpaEntity a";

    private final JpaContext jpa;

    public JpaApplicationList(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public List<ApplicationSummary> list(ApplicationListQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        filters(q, where, params);
        String column =
                switch (q.sort()) {
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
            params.put(
                    "afterValue",
                    switch (q.sort()) {
                        case CREATED_AT, UPDATED_AT ->
                            utc(Instant.parse(q.after().value()));
                        case SUBSIDY ->
                            BigDecimal.valueOf(Long.parseLong(q.after().value()), 2);
                        case APPLICANT_NAME -> q.after().value();
                    });
            params.put("afterId", q.after().id());
        }
        String jpql = SUMMARY + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY " + column
                + " " + direction + ", a.id " + direction;
        TypedQuery<Object[]> query = jpa.em().createQuery(jpql, Object[].class).setMaxResults(q.limit() + 1);
        params.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(JpaApplicationList::summary)
                .map(row -> row.seenAt(q.now()))
                .toList();
    }

    @Override
    public long count(ApplicationListQuery q) {
        return filtered("SELECT COUNT(a) FROM ApplicationJpaEntity a", Long.class, q)
                .getSingleResult();
    }

    /**
     * At most {@code limit + 1} ids of the matching applications, counted: the database stops reading
     * there (a plain {@code COUNT} of a whole city reads every row — a parallel scan once the visibility
     * map is stale).
     */
    @Override
    public long countUpTo(ApplicationListQuery q, int limit) {
        return filtered("SELECT a.id FROM ApplicationJpaEntity a", String.class, q)
                .setMaxResults((int) Math.min(Integer.MAX_VALUE, limit + 1L))
                .getResultList()
                .size();
    }

    /** {@code select} under the list's filters (not its keyset), their parameters bound. */
    private <T> TypedQuery<T> filtered(String select, Class<T> type, ApplicationListQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        filters(q, where, params);
        TypedQuery<T> query =
                jpa.em().createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)), type);
        params.forEach(query::setParameter);
        return query;
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
            stageFilter(q, where, params);
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

    /**
     * The stage filter. Read at a moment, an overdue return (deadline before the second now) is
     * {@code WITHDRAWN} and no longer {@code RETURNED} (R-FLOW-3), as {@code Application.stageAt} says.
     */
    private static void stageFilter(ApplicationListQuery q, List<String> where, Map<String, Object> params) {
        boolean returned = q.stages().contains(ReviewStage.RETURNED);
        boolean withdrawn = q.stages().contains(ReviewStage.WITHDRAWN);
        if (q.now() == null || (!returned && !withdrawn)) {
            where.add("a.stage IN :stages");
            params.put("stages", q.stages().stream().map(Enum::name).sorted().toList());
            return;
        }
        List<String> any = new ArrayList<>();
        List<String> stored = q.stages().stream()
                .filter(s -> s != ReviewStage.RETURNED)
                .map(Enum::name)
                .sorted()
                .toList();
        if (!stored.isEmpty()) {
            any.add("a.stage IN :stages");
            params.put("stages", stored);
        }
        if (returned) {
            any.add("(a.stage = :returned AND a.returnDeadline > :overdueCutoff)");
        }
        if (withdrawn) {
            any.add("(a.stage = :returned AND a.returnDeadline <= :overdueCutoff)");
        }
        params.put("returned", ReviewStage.RETURNED.name());
        params.put("overdueCutoff", utc(q.now().minusSeconds(1)));
        where.add("(" + String.join(" OR ", any) + ")");
    }

    /** Escapes the LIKE wildcards of a search text, so that "100%_" is searched for as written. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ApplicationSummary summary(Object[] r) {
        return new ApplicationSummary(
                ApplicationId.of((String) r[0]),
                BatchCode.of((String) r[1]),
                UnifiedSocialCreditCode.of((String) r[2]),
                (String) r[3],
                TownCode.of((String) r[4]),
                ApplicantCategory.valueOf((String) r[5]),
                (String) r[6],
                ReviewStage.valueOf((String) r[7]),
                ((Number) r[8]).longValue(),
                instant((OffsetDateTime) r[9]),
                instant((OffsetDateTime) r[10]),
                instant((OffsetDateTime) r[11]),
                instant((OffsetDateTime) r[12]),
                Money.of((BigDecimal) r[13]),
                Money.of((BigDecimal) r[14]),
                r[15] == null ? null : Money.of((BigDecimal) r[15]),
                (String) r[16],
                (java.time.LocalDate) r[17]);
    }

    @Override
    public List<StageCount> countByTownAndStage(BatchCode batch, TownCode town, Instant now) {
        List<StageCount> stored = storedCounts(batch, town);
        // R-FLOW-3: overdue returns count as withdrawn, whether or not the job has recorded it
        Map<TownCode, Long> overdue = new LinkedHashMap<>();
        TypedQuery<Object[]> late = jpa.em()
                .createQuery(
                        "SELECT a.town, COUNT(a) FROM ApplicationJpaEntity a WHERE a.stage = :returned"
                                + " AND a.returnDeadline <= :cutoff"
                                + (batch == null ? "" : " AND a.batchCode = :batch")
                                + (town == null ? "" : " AND a.town = :town") + " GROUP BY a.town",
                        Object[].class)
                .setParameter("returned", ReviewStage.RETURNED.name())
                .setParameter("cutoff", utc(now.minusSeconds(1)));
        if (batch != null) {
            late.setParameter("batch", batch.value());
        }
        if (town != null) {
            late.setParameter("town", town.value());
        }
        late.getResultList().forEach(r -> overdue.put(TownCode.of((String) r[0]), ((Number) r[1]).longValue()));
        if (overdue.isEmpty()) {
            return stored;
        }
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        stored.forEach(c -> counts.merge(List.of(c.town(), c.stage()), c.count(), Long::sum));
        overdue.forEach((t, n) -> {
            counts.merge(List.of(t, ReviewStage.RETURNED), -n, Long::sum);
            counts.merge(List.of(t, ReviewStage.WITHDRAWN), n, Long::sum);
        });
        List<StageCount> result = new ArrayList<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                result.add(new StageCount((TownCode) k.get(0), (ReviewStage) k.get(1), v));
            }
        });
        return result;
    }

    private List<StageCount> storedCounts(BatchCode batch, TownCode town) {
        List<String> where = new ArrayList<>();
        if (batch != null) {
            where.add("a.batchCode = :batch");
        }
        if (town != null) {
            where.add("a.town = :town");
        }
        TypedQuery<Object[]> query = jpa.em()
                .createQuery(
                        "SELECT a.town, a.stage, COUNT(a) FROM ApplicationJpaEntity a"
                                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                                + " GROUP BY a.town, a.stage",
                        Object[].class);
        if (batch != null) {
            query.setParameter("batch", batch.value());
        }
        if (town != null) {
            query.setParameter("town", town.value());
        }
        return query.getResultList().stream()
                .map(r -> new StageCount(
                        TownCode.of((String) r[0]), ReviewStage.valueOf((String) r[1]), ((Number) r[2]).longValue()))
                .toList();
    }

    @Override
    public List<ApplicationSummary> returnDeadlinesBetween(Instant from, Instant to, TownCode town) {
        TypedQuery<Object[]> query = jpa.em()
                .createQuery(
                        SUMMARY + " WHERE a.stage = :stage AND a.returnDeadline >= :from"
                                + " AND a.returnDeadline < :to" + (town == null ? "" : " AND a.town = :town")
                                + " ORDER BY a.returnDeadline, a.id",
                        Object[].class)
                .setParameter("stage", ReviewStage.RETURNED.name())
                .setParameter("from", utc(from))
                .setParameter("to", utc(to))
                .setMaxResults(500);
        if (town != null) {
            query.setParameter("town", town.value());
        }
        return query.getResultList().stream().map(JpaApplicationList::summary).toList();
    }
}
