package cn.gov.dongguan.voucher.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * quality.md "ingest": {@code POST /usage-records} against the started system on PostgreSQL, side by
 * side with the physical limit — a plain JDBC batch insert of the same number of rows into the same
 * table of the same database, in the same run. A benchmark: it prints the rates and their ratio and
 * asserts what was stored, not a time.
 */
class UsageIngestScaleIT {

    static final int BATCH = 10_000;
    static final int BATCHES = 10;

    @Test
    void usage_records_are_ingested_at_a_rate_compared_with_a_plain_jdbc_batch_insert() throws Exception {
        RunningSystem system = RunningSystem.get();
        assertThat(system.jdbcUrl).as("the ingest benchmark runs on PostgreSQL").isNotNull();
        String order = Partners.applicantWithLease("DONGCHENG", "60000.00").orderNo();
        String run = Long.toString(System.nanoTime(), 36);

        // warm-up: JIT, pools and the table's first pages, for both paths
        for (int b = 0; b < 2; b++) {
            post(order, "W-" + run + "-" + b);
        }
        jdbc(system.jdbcUrl, order, "JW-" + run, 2);

        long t0 = System.nanoTime();
        int accepted = 0;
        for (int b = 0; b < BATCHES; b++) {
            accepted += post(order, "A-" + run + "-" + b);
        }
        long apiMillis = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        jdbc(system.jdbcUrl, order, "J-" + run, BATCHES);
        long jdbcMillis = (System.nanoTime() - t0) / 1_000_000;

        int rows = BATCH * BATCHES;
        assertThat(accepted).isEqualTo(rows);
        try (Connection c = DriverManager.getConnection(system.jdbcUrl, "voucher", "voucher");
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM usage_record WHERE record_id LIKE ?")) {
            q.setString(1, "A-" + run + "-%");
            try (ResultSet r = q.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(rows);
            }
        }
        // a replay changes nothing: every record is a duplicate
        Api.Answer replay = Partners.PLATFORM.post("/api/v1/usage-records", body(order, "A-" + run + "-0"));
        assertThat(replay.json().getInt("duplicates")).isEqualTo(BATCH);
        double apiRate = rows * 1000.0 / Math.max(1, apiMillis);
        double jdbcRate = rows * 1000.0 / Math.max(1, jdbcMillis);
        System.out.printf(
                "[ingest] %,d usage records in requests of %,d: POST /usage-records %,.0f records/s (%d ms); "
                        + "plain JDBC batch insert %,.0f records/s (%d ms); ratio %.2f (quality.md: at least 1.0; scripts/bench.sh is the benchmark of record)%n",
                rows, BATCH, apiRate, apiMillis, jdbcRate, jdbcMillis, apiRate / jdbcRate);
    }

    private static int post(String order, String prefix) {
        Api.Answer a = Partners.PLATFORM.post("/api/v1/usage-records", body(order, prefix));
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        return a.json().getInt("accepted");
    }

    private static String body(String order, String prefix) {
        StringBuilder json = new StringBuilder("[");
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < BATCH; i++) {
            Instant from = start.plusSeconds(3600L * (i % 8000));
            json.append(i == 0 ? "" : ",")
                    .append("{\"recordId\":\"")
                    .append(prefix)
                    .append('-')
                    .append(i)
                    .append("\",\"orderNo\":\"")
                    .append(order)
                    .append("\",\"periodStart\":\"")
                    .append(from)
                    .append("\",\"periodEnd\":\"")
                    .append(from.plusSeconds(3600))
                    .append("\",\"cardHours\":8,")
                    .append("\"utilisation\":75.5}");
        }
        return json.append(']').toString();
    }

    /**
     * quality.md's reference: the same rows into the same table, {@code ON CONFLICT DO NOTHING}, PgJDBC's
     * rewritten batches of 1,000, a commit per 10,000, one connection.
     */
    private static void jdbc(String url, String order, String prefix, int batches) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", "voucher", "voucher");
                PreparedStatement insert = c.prepareStatement("INSERT INTO usage_record (record_id, order_no, "
                        + "period_start, period_end, card_hours, utilisation) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (record_id) DO NOTHING")) {
            c.setAutoCommit(false);
            Instant start = Instant.parse("2025-01-01T00:00:00Z");
            for (int b = 0; b < batches; b++) {
                for (int i = 0; i < BATCH; i++) {
                    Instant from = start.plusSeconds(3600L * (i % 8000));
                    insert.setString(1, prefix + "-" + b + "-" + i);
                    insert.setString(2, order);
                    insert.setTimestamp(3, Timestamp.from(from));
                    insert.setTimestamp(4, Timestamp.from(from.plusSeconds(3600)));
                    insert.setBigDecimal(5, BigDecimal.valueOf(8));
                    insert.setBigDecimal(6, new BigDecimal("75.5"));
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
        }
    }
}
