package cn.gov.dongguan.voucher.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The applications page over 100,000 applications in PostgreSQL (ui.md page 3, quality.md): the
 * lazy table renders its first page, pages on and sorts through keyset queries. A benchmark, not a
 * timed test: it prints the render times (after a warm-up) and asserts only what the page shows.
 */
class ApplicationListScaleIT {

    static final int ROWS = 100_000;
    static final String BATCH = "SCALE-1";
    static Browser b;

    @BeforeAll
    static void seed() throws Exception {
        RunningSystem system = RunningSystem.get();
        assertThat(system.jdbcUrl).as("the list at scale runs on PostgreSQL").isNotNull();
        long started = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(system.jdbcUrl, "voucher", "voucher");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO batch (code, title, funding_year, window_start, window_end, ratio, annual_cap, "
                    + "minimum_payment, budget, submission_deadline, notice_period_days, resubmit_days, version) VALUES "
                    + "('" + BATCH + "', '规模测试', 2025, DATE '2024-04-23', DATE '2025-10-31', 0.5, 1000000, 50000, "
                    + "30000000, TIMESTAMPTZ '2025-11-15 23:59:59+08', 7, 5, 1)");
            s.execute("CREATE TEMPORARY TABLE scale_applicant (n INTEGER PRIMARY KEY, uscc VARCHAR(18))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO applicant (uscc, name, category, town, "
                    + "legal_person, legal_rep_name, legal_rep_id_number, legal_rep_mobile, contact_name, contact_mobile, "
                    + "bank_account_name, bank_name, bank_account_number, declares_no_related_party, version) VALUES "
                    + "(?, ?, 'MANUFACTURING', 'DONGCHENG', TRUE, '张三', ?, '13800138000', '李四', '13900139000', "
                    + "'单位', '银行', '622202020011223344', TRUE, 1)");
                 PreparedStatement map = c.prepareStatement("INSERT INTO scale_applicant (n, uscc) VALUES (?, ?)")) {
                for (int i = 1; i <= 1000; i++) {
                    String uscc = DomainFixtures.dongguanEnterprise(800_000 + i).value();
                    insert.setString(1, uscc);
                    insert.setString(2, "规模单位" + i);
                    insert.setString(3, DomainFixtures.idNumber().value());
                    insert.addBatch();
                    map.setInt(1, i);
                    map.setString(2, uscc);
                    map.addBatch();
                }
                insert.executeBatch();
                map.executeBatch();
            }
            s.execute("INSERT INTO application (id, batch_code, applicant_uscc, town, category, project_name, purposes, "
                    + "domains, declares_pledge, declares_no_related, declares_no_fiscal, stage, version, created_at, "
                    + "updated_at, originals_checked, paper_dossier_received, applicant_name, eligible_expense, subsidy) "
                    + "SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || "
                    + "substr(h, 17, 4) || '-' || substr(h, 21, 12), '" + BATCH + "', p.uscc, "
                    + "(ARRAY['DONGCHENG','SONGSHANHU','HUMEN','CHANGAN','NANCHENG'])[1 + i % 5], "
                    + "'MANUFACTURING', '项目' || i, 'TRAINING', 'NEXT_GEN_IT', TRUE, TRUE, TRUE, "
                    + "(ARRAY['SUBMITTED','FORMAL_REVIEW','TOWN_REVIEW','FINAL_REVIEW','AWAITING_ALLOCATION'])[1 + i % 5], "
                    + "1, TIMESTAMPTZ '2025-06-01 00:00:00+08' + i * INTERVAL '1 minute', "
                    + "TIMESTAMPTZ '2025-06-01 00:00:00+08' + i * INTERVAL '2 minute', FALSE, FALSE, '规模单位' || (1 + i % 1000), "
                    + "(i % 997) * 1000, (i % 997) * 500 FROM (SELECT i, md5('scale' || i::text) h FROM generate_series(1, "
                    + ROWS + ") i) g JOIN scale_applicant p ON p.n = 1 + g.i % 1000");
            s.execute("ANALYZE application");
        }
        System.out.printf("[scale] %,d applications stored in PostgreSQL in %.1f s%n", ROWS,
                (System.currentTimeMillis() - started) / 1000.0);
        b = new Browser(system.baseUrl);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void the_list_renders_pages_and_sorts_over_100_000_applications() throws Exception {
        b.login("city", "demo");
        // warm up the JIT and the pools, then measure
        for (int i = 0; i < 5; i++) {
            b.open("/ui/applications.xhtml");
        }
        List<Long> firstPage = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            b.open("/ui/applications.xhtml");
            firstPage.add(navigationMillis());
        }
        assertThat(b.driver.findElements(By.cssSelector("#list\\:table_data > tr"))).hasSize(20);
        long total = totalRecords();
        assertThat(total).isGreaterThanOrEqualTo(ROWS);
        b.screenshot("applications-100k");

        // the next page: one keyset step, never an OFFSET
        List<Long> nextPage = new ArrayList<>();
        String firstRow = firstRowText();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            b.driver.findElement(By.cssSelector("#list\\:table .ui-paginator-next")).click();
            b.waitForPage();
            nextPage.add((System.nanoTime() - t0) / 1_000_000);
        }
        assertThat(firstRowText()).isNotEqualTo(firstRow);
        assertThat(b.byId("list:table").getText()).contains("第 6 /");

        // sorted by subsidy, descending: the largest first
        List<Long> sorted = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            b.driver.findElement(By.xpath("//*[@id='list:table']//th[contains(., '补贴金额')]")).click();
            b.waitForPage();
            sorted.add((System.nanoTime() - t0) / 1_000_000);
        }
        List<java.math.BigDecimal> subsidies = b.driver.findElements(By.cssSelector("#list\\:table_data > tr > td.subsidy"))
                .stream().map(e -> e.getText()).filter(t -> !t.isEmpty()).map(t -> new java.math.BigDecimal(
                        t.replace("¥", "").replace(",", ""))).toList();
        assertThat(subsidies).isNotEmpty();
        List<java.math.BigDecimal> descending = new ArrayList<>(subsidies);
        descending.sort(java.util.Comparator.reverseOrder());
        assertThat(subsidies).as("largest subsidy first").isEqualTo(descending);
        System.out.printf("[scale] applications page over %,d applications: first page (server response + render, "
                        + "Navigation Timing) median %d ms of %s; next page (ajax) median %d ms of %s; sort by "
                        + "subsidy (ajax) %s ms%n", total, median(firstPage), firstPage, median(nextPage), nextPage,
                sorted);
    }

    private static long totalRecords() {
        Matcher m = Pattern.compile("共 ([0-9,]+) 条").matcher(b.byId("list:table").getText());
        assertThat(m.find()).as("the page report shows the total").isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static String firstRowText() {
        return b.driver.findElement(By.cssSelector("#list\\:table_data > tr")).getText();
    }

    /** From the start of the navigation to the end of the load event, as the browser measured it. */
    private static long navigationMillis() {
        Object ms = ((JavascriptExecutor) b.driver).executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.loadEventEnd - n.startTime);");
        return ((Number) ms).longValue();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        return sorted.get(sorted.size() / 2);
    }
}
