package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.instant;

import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The applications awaiting allocation in a batch, projected and streamed in keyset chunks (no aggregate is loaded). */
public class JpaAllocationSource implements AllocationSourcePort {

    private static final int CHUNK = 5000;

    private final JpaContext jpa;

    public JpaAllocationSource(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public void streamAwaitingAllocation(BatchCode batch, int fundingYear, Consumer<AllocationSource> sink) {
        EntityManager em = jpa.em();
        Map<String, BigDecimal> granted = new HashMap<>();
        em.createQuery(
                        "SELECT a.applicantUscc, SUM(a.allocatedAmount) FROM ApplicationJpaEntity a, BatchJpaEntity b "
                                + "WHERE b.code = a.batchCode AND a.batchCode <> :batch AND b.fundingYear = :year "
                                + "AND a.stage IN :granted AND a.applicantUscc IN (SELECT w.applicantUscc FROM "
                                + "ApplicationJpaEntity w WHERE w.batchCode = :batch AND w.stage = :awaiting) "
                                + "GROUP BY a.applicantUscc",
                        Object[].class)
                .setParameter("batch", batch.value())
                .setParameter("year", fundingYear)
                .setParameter("granted", ApplicationStages.GRANTED)
                .setParameter("awaiting", ReviewStage.AWAITING_ALLOCATION.name())
                .getResultList()
                .forEach(row -> granted.put((String) row[0], (BigDecimal) row[1]));
        OffsetDateTime lastAt = null;
        String lastId = null;
        while (true) {
            String keyset = lastAt == null
                    ? ""
                    : " AND (a.completedAt > :lastAt OR (a.completedAt = :lastAt AND a.id > :lastId))";
            TypedQuery<Object[]> query = em.createQuery(
                            "SELECT a.id, a.applicantUscc, a.applicantName, "
                                    + "a.verifiedAmount, a.eligibleExpense, a.completedAt FROM ApplicationJpaEntity a "
                                    + "WHERE a.batchCode = :batch AND a.stage = :awaiting" + keyset
                                    + " ORDER BY a.completedAt, a.id",
                            Object[].class)
                    .setParameter("batch", batch.value())
                    .setParameter("awaiting", ReviewStage.AWAITING_ALLOCATION.name())
                    .setMaxResults(CHUNK);
            if (lastAt != null) {
                query.setParameter("lastAt", lastAt).setParameter("lastId", lastId);
            }
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                BigDecimal verified = (BigDecimal) row[3];
                BigDecimal elsewhere = granted.get((String) row[1]);
                sink.accept(new AllocationSource(
                        ApplicationId.of((String) row[0]),
                        UnifiedSocialCreditCode.of((String) row[1]),
                        (String) row[2],
                        Money.of(verified != null ? verified : (BigDecimal) row[4]),
                        instant((OffsetDateTime) row[5]),
                        elsewhere == null ? Money.ZERO : Money.of(elsewhere)));
            }
            if (rows.size() < CHUNK) {
                return;
            }
            lastAt = (OffsetDateTime) rows.get(rows.size() - 1)[5];
            lastId = (String) rows.get(rows.size() - 1)[0];
        }
    }
}
