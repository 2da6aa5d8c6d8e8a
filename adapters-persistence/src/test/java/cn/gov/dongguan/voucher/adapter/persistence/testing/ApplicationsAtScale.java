package cn.gov.dongguan.voucher.adapter.persistence.testing;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Loads a batch with many applications straight into a migrated PostgreSQL schema, in seconds: 1,000
 * applicants and {@code rows} applications spread over five towns and five review stages, for the
 * benchmarks of the list at scale (the query plans here, the intranet page in the app's browser
 * suite). Shipped in this module's test-jar.
 */
public final class ApplicationsAtScale {

    private ApplicationsAtScale() {}

    /**
     * @param usccBase applicants get the USCCs {@code dongguanEnterprise(usccBase + 1 … + 1000)}
     * @param name applicants are named {@code name + n}
     */
    public static void load(Connection c, String batch, int rows, int usccBase, String name) throws SQLException {
        load(c, batch, rows, usccBase, name, false);
    }

    /**
     * @param awaitingAllocation every application has passed the final review (AWAITING_ALLOCATION,
     *                           verified amount = eligible expense, completed a minute apart) instead
     *                           of being spread over five review stages
     */
    public static void load(Connection c, String batch, int rows, int usccBase, String name, boolean awaitingAllocation)
            throws SQLException {
        load(c, batch, rows, 1000, usccBase, name, awaitingAllocation);
    }

    /**
     * @param applicants how many applicants share the applications; with one each ({@code applicants ==
     *                   rows}) every application also holds its applicant's open key, as one filed through
     *                   the API does, so review actions can move it (the benchmark's officers)
     */
    public static void load(
            Connection c, String batch, int rows, int applicants, int usccBase, String name, boolean awaitingAllocation)
            throws SQLException {
        boolean own = applicants >= rows;
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO batch (code, title, funding_year, window_start, window_end, ratio, annual_cap, "
                    + "minimum_payment, budget, submission_deadline, notice_period_days, resubmit_days, version) VALUES "
                    + "('" + batch + "', '" + name
                    + "', 2025, DATE '2024-04-23', DATE '2025-10-31', 0.5, 1000000, 50000, "
                    + "30000000, TIMESTAMPTZ '2025-11-15 23:59:59+08', 7, 5, 1)");
            s.execute("CREATE TEMPORARY TABLE scale_applicant (n INTEGER PRIMARY KEY, uscc VARCHAR(18))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO applicant (uscc, name, category, town, "
                            + "legal_person, legal_rep_name, legal_rep_id_number, legal_rep_mobile, contact_name, contact_mobile, "
                            + "bank_account_name, bank_name, bank_account_number, declares_no_related_party, version) VALUES "
                            + "(?, ?, 'MANUFACTURING', 'DONGCHENG', TRUE, '张三', ?, '13800138000', '李四', '13900139000', "
                            + "'单位', '银行', '622202020011223344', TRUE, 1)");
                    PreparedStatement map = c.prepareStatement("INSERT INTO scale_applicant (n, uscc) VALUES (?, ?)")) {
                for (int i = 1; i <= applicants; i++) {
                    String uscc =
                            DomainFixtures.dongguanEnterprise(usccBase + i).value();
                    insert.setString(1, uscc);
                    insert.setString(2, name + i);
                    insert.setString(3, DomainFixtures.idNumber().value());
                    insert.addBatch();
                    map.setInt(1, i);
                    map.setString(2, uscc);
                    map.addBatch();
                    if (i % 5000 == 0) {
                        insert.executeBatch();
                        map.executeBatch();
                    }
                }
                insert.executeBatch();
                map.executeBatch();
            }
            String stage = awaitingAllocation
                    ? "'AWAITING_ALLOCATION'"
                    : "(ARRAY['SUBMITTED','FORMAL_REVIEW','TOWN_REVIEW','FINAL_REVIEW','AWAITING_ALLOCATION'])[1 + i % 5]";
            s.execute(
                    "INSERT INTO application (id, batch_code, applicant_uscc, town, category, project_name, purposes, "
                            + "domains, declares_pledge, declares_no_related, declares_no_fiscal, stage, version, created_at, "
                            + "updated_at, originals_checked, paper_dossier_received, applicant_name, eligible_expense, subsidy, "
                            + "completed_at, verified_amount, open_key) "
                            + "SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || "
                            + "substr(h, 17, 4) || '-' || substr(h, 21, 12), '" + batch + "', p.uscc, "
                            + "(ARRAY['DONGCHENG','SONGSHANHU','HUMEN','CHANGAN','NANCHENG'])[1 + i % 5], "
                            + "'MANUFACTURING', '项目' || i, 'TRAINING', 'NEXT_GEN_IT', TRUE, TRUE, TRUE, "
                            + stage + ", "
                            + "1, TIMESTAMPTZ '2025-06-01 00:00:00+08' + i * INTERVAL '1 minute', "
                            + "TIMESTAMPTZ '2025-06-01 00:00:00+08' + i * INTERVAL '2 minute', FALSE, FALSE, '" + name
                            + "' || (1 + i % " + applicants + "), (i % 997) * 1000, (i % 997) * 500, "
                            + (awaitingAllocation
                                    ? "TIMESTAMPTZ '2025-10-01 00:00:00+08' + i * INTERVAL '1 minute', (i % 997) * 1000"
                                    : "NULL, NULL")
                            + (own ? ", p.uscc || '|" + batch + "'" : ", NULL")
                            + " FROM (SELECT i, md5('" + batch
                            + "' || i::text) h FROM generate_series(1, " + rows + ") i) g "
                            + "JOIN scale_applicant p ON p.n = 1 + g.i % " + applicants);
            // each application's history: the one entry that brought it to its stage, hash-chained as the
            // domain checks it (the hash covers the entry, not the application), so every row can be read
            try (PreparedStatement history = c.prepareStatement("INSERT INTO review_record (application_id, seq, at, "
                    + "from_stage, to_stage, action, actor_name, role, previous_hash, hash) SELECT id, 1, ?, ?, stage, ?, "
                    + "?, ?, ?, ? FROM application WHERE batch_code = ? AND stage = ?")) {
                Instant at = Instant.parse("2025-06-01T00:00:00Z");
                for (ReviewStage reached : List.of(
                        ReviewStage.SUBMITTED,
                        ReviewStage.FORMAL_REVIEW,
                        ReviewStage.TOWN_REVIEW,
                        ReviewStage.FINAL_REVIEW,
                        ReviewStage.AWAITING_ALLOCATION)) {
                    ReviewStage from = reached == ReviewStage.SUBMITTED ? ReviewStage.DRAFT : null;
                    ReviewAction action = reached == ReviewStage.SUBMITTED ? ReviewAction.SUBMIT : ReviewAction.PASS;
                    Actor actor = Actor.of(
                            reached == ReviewStage.SUBMITTED ? "portal" : "city",
                            reached == ReviewStage.SUBMITTED ? Role.PORTAL : Role.CITY_OFFICER);
                    ReviewRecord entry = ReviewRecord.chain(
                            1, at, from, reached, action, actor, null, List.of(), null, ReviewRecord.GENESIS);
                    history.setObject(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                    history.setString(2, from == null ? null : from.name());
                    history.setString(3, action.name());
                    history.setString(4, entry.actorName());
                    history.setString(5, entry.role().name());
                    history.setString(6, entry.previousHash());
                    history.setString(7, entry.hash());
                    history.setString(8, batch);
                    history.setString(9, reached.name());
                    history.addBatch();
                }
                history.executeBatch();
            }
            s.execute("DROP TABLE scale_applicant");
            s.execute("ANALYZE application");
        }
    }
}
