package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Usage records in table {@code usage_record}: inserted in plain JDBC batches, read only as counts
 * and monthly sums.
 */
public class JpaUsageRecordRepository implements UsageRecordPort {

    private static final int CHUNK = 1000;

    private final JpaContext jpa;

    public JpaUsageRecordRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public Set<String> existing(Collection<String> recordIds) {
        Set<String> found = new HashSet<>();
        List<String> ids = List.copyOf(new HashSet<>(recordIds));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            found.addAll(jpa.em()
                    .createQuery("SELECT u.recordId FROM UsageRecordJpaEntity u WHERE u.recordId IN :ids", String.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .getResultList());
        }
        return found;
    }

    /**
     * Millions of rows a year arrive here, so they go in as plain JDBC batches on the connection of
     * the current transaction (the same transaction as the rest of the use case); only without one
     * (never in the application) does it fall back to persisting entities.
     */
    @Override
    public void insertAll(List<UsageRecord> records) {
        EntityManager em = jpa.em();
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            persistAll(em, records);
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_record (record_id, order_no, "
                + "period_start, period_end, card_hours, utilisation) VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (UsageRecord r : records) {
                insert.setString(1, r.recordId());
                insert.setString(2, r.orderNo().value());
                insert.setObject(3, Mapping.utc(r.periodStart()));
                insert.setObject(4, Mapping.utc(r.periodEnd()));
                insert.setBigDecimal(5, r.cardHours());
                insert.setBigDecimal(6, r.utilisation());
                insert.addBatch();
                if (++n % CHUNK == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("usage records could not be stored", e);
        }
    }

    private static void persistAll(EntityManager em, List<UsageRecord> records) {
        int n = 0;
        for (UsageRecord r : records) {
            UsageRecordJpaEntity e = new UsageRecordJpaEntity();
            e.recordId = r.recordId();
            e.orderNo = r.orderNo().value();
            e.periodStart = Mapping.utc(r.periodStart());
            e.periodEnd = Mapping.utc(r.periodEnd());
            e.cardHours = r.cardHours();
            e.utilisation = r.utilisation();
            em.persist(e);
            if (++n % CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
    }

    @Override
    public Map<OrderNumber, Long> countByLease(Collection<OrderNumber> orderNos) {
        Map<OrderNumber, Long> counts = new HashMap<>();
        if (orderNos.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = jpa.em()
                .createQuery(
                        "SELECT u.orderNo, COUNT(u) FROM UsageRecordJpaEntity u "
                                + "WHERE u.orderNo IN :orderNos GROUP BY u.orderNo",
                        Object[].class)
                .setParameter(
                        "orderNos",
                        orderNos.stream().map(OrderNumber::value).distinct().toList())
                .getResultList();
        for (Object[] row : rows) {
            counts.put(OrderNumber.of((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Map<YearMonth, BigDecimal> monthlyCardHours(OrderNumber orderNo) {
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        List<Object[]> rows = jpa.em()
                .createQuery(
                        "SELECT u.periodStart, u.cardHours FROM UsageRecordJpaEntity u " + "WHERE u.orderNo = :orderNo",
                        Object[].class)
                .setParameter("orderNo", orderNo.value())
                .getResultList();
        for (Object[] row : rows) {
            YearMonth month = YearMonth.from(ProgrammeCalendar.dayOf(((OffsetDateTime) row[0]).toInstant()));
            months.merge(month, (BigDecimal) row[1], BigDecimal::add);
        }
        return months;
    }
}
