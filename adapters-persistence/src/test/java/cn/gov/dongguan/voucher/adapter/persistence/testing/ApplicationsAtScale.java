package cn.gov.dongguan.voucher.adapter.persistence.testing;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

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
                for (int i = 1; i <= 1000; i++) {
                    String uscc =
                            DomainFixtures.dongguanEnterprise(usccBase + i).value();
                    insert.setString(1, uscc);
                    insert.setString(2, name + i);
                    insert.setString(3, DomainFixtures.idNumber().value());
                    insert.addBatch();
                    map.setInt(1, i);
                    map.setString(2, uscc);
                    map.addBatch();
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
                            + "completed_at, verified_amount) "
                            + "SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || "
                            + "substr(h, 17, 4) || '-' || substr(h, 21, 12), '" + batch + "', p.uscc, "
                            + "(ARRAY['DONGCHENG','SONGSHANHU','HUMEN','CHANGAN','NANCHENG'])[1 + i % 5], "
                            + "'MANUFACTURING', '项目' || i, 'TRAINING', 'NEXT_GEN_IT', TRUE, TRUE, TRUE, "
                            + stage + ", "
                            + "1, TIMESTAMPTZ '2025-06-01 00:00:00+08' + i * INTERVAL '1 minute', "
                            + "TIMESTAMPTZ '2025-06-01 00:00:00+08' + i * INTERVAL '2 minute', FALSE, FALSE, '" + name
                            + "' || (1 + i % 1000), (i % 997) * 1000, (i % 997) * 500, "
                            + (awaitingAllocation
                                    ? "TIMESTAMPTZ '2025-10-01 00:00:00+08' + i * INTERVAL '1 minute', (i % 997) * 1000"
                                    : "NULL, NULL")
                            + " FROM (SELECT i, md5('" + batch
                            + "' || i::text) h FROM generate_series(1, " + rows + ") i) g "
                            + "JOIN scale_applicant p ON p.n = 1 + g.i % 1000");
            s.execute("DROP TABLE scale_applicant");
            s.execute("ANALYZE application");
        }
    }
}
