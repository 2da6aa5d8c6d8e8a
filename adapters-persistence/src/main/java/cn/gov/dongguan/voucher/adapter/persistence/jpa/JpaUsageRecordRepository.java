package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Usage records in table {@code usage_record}, and their roll-up per lease and month in {@code
 * usage_month}, which is what every read asks (no read sums raw records).
 *
 * <p>Millions of rows a year arrive here, on the connection of the use case's transaction. On
 * PostgreSQL they are copied ({@code COPY}, the database's own bulk path) into a session-local
 * staging table, then moved by one {@code INSERT … SELECT … ON CONFLICT DO NOTHING} in record-id order
 * — so two requests with overlapping ids never fail and never deadlock: the later one waits for the
 * earlier's commit and skips what it stored — whose {@code RETURNING} rows feed the roll-up's upsert
 * in the same statement. On H2 (the embedded default) the ids are looked up and the new ones inserted
 * in plain JDBC batches, and the roll-up is added per lease and month; pushes take turns on one lock row
 * (H2 is embedded: one instance, and no {@code ON CONFLICT DO NOTHING}).
 */
public class JpaUsageRecordRepository implements UsageRecordPort {

    private static final int CHUNK = 1000;

    private static final String STAGE = "CREATE TEMPORARY TABLE IF NOT EXISTS usage_stage (record_id VARCHAR(64), "
            + "order_no VARCHAR(64), period_start TIMESTAMP WITH TIME ZONE, period_end TIMESTAMP WITH TIME ZONE, "
            + "card_hours NUMERIC(12,3), utilisation NUMERIC(5,2)) ON COMMIT DELETE ROWS";

    private static final String MOVE = "WITH fresh AS (INSERT INTO usage_record (record_id, order_no, period_start, "
            + "period_end, card_hours, utilisation) SELECT record_id, order_no, period_start, period_end, card_hours, "
            + "utilisation FROM usage_stage ORDER BY record_id ON CONFLICT (record_id) DO NOTHING "
            + "RETURNING order_no, period_start, card_hours), "
            + "rolled AS (INSERT INTO usage_month (order_no, month_start, card_hours, records) "
            + "SELECT order_no, date_trunc('month', period_start AT TIME ZONE 'Asia/Shanghai')::date AS m, "
            + "sum(card_hours), count(*) FROM fresh GROUP BY order_no, m ORDER BY order_no, m "
            + "ON CONFLICT (order_no, month_start) DO UPDATE SET card_hours = usage_month.card_hours + EXCLUDED.card_hours, "
            + "records = usage_month.records + EXCLUDED.records RETURNING 1) "
            + "SELECT (SELECT count(*) FROM fresh), (SELECT count(*) FROM rolled)";

    private final JpaContext jpa;

    public JpaUsageRecordRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public int insertNew(List<UsageRecord> records) {
        if (records.isEmpty()) {
            return 0;
        }
        EntityManager em = jpa.em();
        em.flush();
        // the transaction's own connection: with one connection held per transaction, the unit of work
        // must have begun its transaction on it, or unwrap hands out a connection nothing commits
        em.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class).beginEarlyTransaction();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("usage records are stored within a transaction");
        }
        try {
            return connection.isWrapperFor(PGConnection.class)
                    ? copyIn(connection, records)
                    : batchInsert(connection, records);
        } catch (SQLException | IOException e) {
            throw new PersistenceException("usage records could not be stored", e);
        }
    }

    /**
     * An instant as ISO 8601 in UTC, as {@code Instant.toString} writes it (nanoseconds as given; PostgreSQL
     * rounds to its microseconds as before), digit by digit: the formatter was a tenth of a push's own time.
     */
    static StringBuilder instant(StringBuilder b, java.time.Instant t) {
        java.time.LocalDateTime d =
                java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), java.time.ZoneOffset.UTC);
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return b.append(t);
        }
        digits(b, d.getYear(), 4).append('-');
        digits(b, d.getMonthValue(), 2).append('-');
        digits(b, d.getDayOfMonth(), 2).append('T');
        digits(b, d.getHour(), 2).append(':');
        digits(b, d.getMinute(), 2).append(':');
        digits(b, d.getSecond(), 2);
        int nano = d.getNano();
        if (nano != 0) {
            // as Instant.toString: milliseconds, microseconds or nanoseconds, whichever is exact
            if (nano % 1_000_000 == 0) {
                digits(b.append('.'), nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(b.append('.'), nano / 1_000, 6);
            } else {
                digits(b.append('.'), nano, 9);
            }
        }
        return b.append('Z');
    }

    private static StringBuilder digits(StringBuilder b, int value, int width) {
        for (int p = (int) Math.pow(10, width - 1); p > 0; p /= 10) {
            b.append((char) ('0' + value / p % 10));
        }
        return b;
    }

    private static int copyIn(Connection connection, List<UsageRecord> records) throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute(STAGE);
            // a staging table outlives a transaction only empty (ON COMMIT DELETE ROWS); empty it anyway
            s.execute("DELETE FROM usage_stage");
        }
        StringBuilder rows = new StringBuilder(records.size() * 110);
        for (UsageRecord r : records) {
            text(rows, r.recordId()).append('\t');
            text(rows, r.orderNo().value()).append('\t');
            instant(rows, r.periodStart()).append('\t');
            instant(rows, r.periodEnd()).append('\t');
            rows.append(r.cardHours().toPlainString()).append('\t');
            if (r.utilisation() == null) {
                rows.append("\\N");
            } else {
                rows.append(r.utilisation().toPlainString());
            }
            rows.append('\n');
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn(
                "COPY usage_stage (record_id, order_no, period_start, period_end, card_hours, utilisation) FROM STDIN",
                new StringReader(rows.toString()));
        try (Statement s = connection.createStatement();
                ResultSet moved = s.executeQuery(MOVE)) {
            moved.next();
            return moved.getInt(1);
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return escaped. */
    private static StringBuilder text(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static int batchInsert(Connection connection, List<UsageRecord> records) throws SQLException {
        // H2 has no ON CONFLICT DO NOTHING (outside its PostgreSQL mode): pushes take turns on the
        // 'usage-ingest' row until they commit, so the ids looked up below cannot be inserted meanwhile;
        // a push waits up to a minute for the one before it (the session's lock timeout, raised for that)
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCK_TIMEOUT 60000");
            try (ResultSet turn = s.executeQuery("SELECT name FROM job_lock WHERE name = 'usage-ingest' FOR UPDATE")) {
                if (!turn.next()) {
                    throw new IllegalStateException("the usage-ingest lock row is missing (migration V9)");
                }
            }
        }
        Set<String> existing = existing(connection, records);
        Map<OrderNumber, Map<LocalDate, BigDecimal[]>> months = new HashMap<>();
        int stored = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_record (record_id, order_no, "
                + "period_start, period_end, card_hours, utilisation) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (UsageRecord r : records) {
                if (existing.contains(r.recordId())) {
                    continue;
                }
                insert.setString(1, r.recordId());
                insert.setString(2, r.orderNo().value());
                insert.setObject(3, Mapping.utc(r.periodStart()));
                insert.setObject(4, Mapping.utc(r.periodEnd()));
                insert.setBigDecimal(5, r.cardHours());
                insert.setBigDecimal(6, r.utilisation());
                insert.addBatch();
                BigDecimal[] month = months.computeIfAbsent(r.orderNo(), o -> new TreeMap<>())
                        .computeIfAbsent(
                                ProgrammeCalendar.dayOf(r.periodStart()).withDayOfMonth(1),
                                m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                month[0] = month[0].add(r.cardHours());
                month[1] = month[1].add(BigDecimal.ONE);
                if (++stored % CHUNK == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        rollUp(connection, months);
        return stored;
    }

    private static Set<String> existing(Connection connection, List<UsageRecord> records) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> ids = records.stream().map(UsageRecord::recordId).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            try (PreparedStatement q = connection.prepareStatement(
                    "SELECT record_id FROM usage_record WHERE record_id IN (" + "?,".repeat(chunk.size() - 1) + "?)")) {
                for (int j = 0; j < chunk.size(); j++) {
                    q.setString(j + 1, chunk.get(j));
                }
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
        }
        return found;
    }

    private static void rollUp(Connection connection, Map<OrderNumber, Map<LocalDate, BigDecimal[]>> months)
            throws SQLException {
        try (PreparedStatement add = connection.prepareStatement("UPDATE usage_month SET card_hours = card_hours + ?, "
                        + "records = records + ? WHERE order_no = ? AND month_start = ?");
                PreparedStatement first = connection.prepareStatement(
                        "INSERT INTO usage_month (order_no, month_start, card_hours, records) VALUES (?, ?, ?, ?)")) {
            for (var lease : months.entrySet()) {
                for (var month : lease.getValue().entrySet()) {
                    add.setBigDecimal(1, month.getValue()[0]);
                    add.setLong(2, month.getValue()[1].longValueExact());
                    add.setString(3, lease.getKey().value());
                    add.setObject(4, month.getKey());
                    if (add.executeUpdate() == 0) {
                        first.setString(1, lease.getKey().value());
                        first.setObject(2, month.getKey());
                        first.setBigDecimal(3, month.getValue()[0]);
                        first.setLong(4, month.getValue()[1].longValueExact());
                        first.executeUpdate();
                    }
                }
            }
        }
    }

    @Override
    public Map<OrderNumber, Long> countByLease(Collection<OrderNumber> orderNos) {
        Map<OrderNumber, Long> counts = new HashMap<>();
        if (orderNos.isEmpty()) {
            return counts;
        }
        List<String> wanted =
                orderNos.stream().map(OrderNumber::value).distinct().toList();
        var query = jpa.em()
                .createNativeQuery("SELECT order_no, SUM(records) FROM usage_month WHERE order_no IN ("
                        + "?,".repeat(wanted.size() - 1) + "?) GROUP BY order_no");
        for (int i = 0; i < wanted.size(); i++) {
            query.setParameter(i + 1, wanted.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            long n = ((Number) row[1]).longValue();
            if (n > 0) {
                counts.put(OrderNumber.of((String) row[0]), n);
            }
        }
        return counts;
    }

    @Override
    public Map<YearMonth, BigDecimal> monthlyCardHours(OrderNumber orderNo) {
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = jpa.em()
                .createNativeQuery("SELECT month_start, card_hours FROM usage_month WHERE order_no = ?")
                .setParameter(1, orderNo.value())
                .getResultList();
        for (Object[] row : rows) {
            months.merge(YearMonth.from(day(row[0])), (BigDecimal) row[1], BigDecimal::add);
        }
        return months;
    }

    private static LocalDate day(Object column) {
        return column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
    }
}
