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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The applications awaiting allocation in a batch, projected and streamed in keyset chunks of the index on (batch,
 * stage, completed_at, id) (no aggregate is loaded).
 */
public class JpaAllocationSource implements AllocationSourcePort {

    private static final int CHUNK = 5000;

    private static final String COLUMNS =
            "SELECT id, applicant_uscc, applicant_name, verified_amount, eligible_expense, "
                    + "completed_at FROM application WHERE batch_code = ? AND stage = ?";
    private static final String ORDER = " ORDER BY completed_at, id LIMIT ";
    private static final String NEXT_KEY = " AND (completed_at > ? OR (completed_at = ? AND id > ?))";

    private final JpaContext jpa;
    private final int chunk;
    private final String first;
    private final String next;

    public JpaAllocationSource(JpaContext jpa) {
        this(jpa, CHUNK);
    }

    /** With chunks of {@code chunk} rows (tests walk the keyset in small steps). */
    public JpaAllocationSource(JpaContext jpa, int chunk) {
        this.jpa = jpa;
        this.chunk = chunk;
        this.first = COLUMNS + ORDER + chunk;
        this.next = COLUMNS + NEXT_KEY + ORDER + chunk;
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
        // the candidates by plain JDBC on the transaction's own connection (issue 12): EclipseLink's report
        // query built and converted every row of 100,000 through its mappings, most of the simulation's time
        em.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class).beginEarlyTransaction();
        Connection connection = em.unwrap(Connection.class);
        try {
            OffsetDateTime lastAt = null;
            String lastId = null;
            while (true) {
                int read = 0;
                try (PreparedStatement step = connection.prepareStatement(lastAt == null ? first : next)) {
                    step.setString(1, batch.value());
                    step.setString(2, ReviewStage.AWAITING_ALLOCATION.name());
                    if (lastAt != null) {
                        step.setObject(3, lastAt);
                        step.setObject(4, lastAt);
                        step.setString(5, lastId);
                    }
                    step.setFetchSize(chunk);
                    try (ResultSet row = step.executeQuery()) {
                        while (row.next()) {
                            read++;
                            lastId = row.getString(1);
                            String uscc = row.getString(2);
                            BigDecimal verified = row.getBigDecimal(4);
                            lastAt = row.getObject(6, OffsetDateTime.class);
                            BigDecimal elsewhere = granted.get(uscc);
                            sink.accept(new AllocationSource(
                                    ApplicationId.of(lastId),
                                    UnifiedSocialCreditCode.of(uscc),
                                    row.getString(3),
                                    Money.of(verified != null ? verified : row.getBigDecimal(5)),
                                    instant(lastAt),
                                    elsewhere == null ? Money.ZERO : Money.of(elsewhere)));
                        }
                    }
                }
                if (read < chunk) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the applications awaiting allocation failed", e);
        }
    }
}
