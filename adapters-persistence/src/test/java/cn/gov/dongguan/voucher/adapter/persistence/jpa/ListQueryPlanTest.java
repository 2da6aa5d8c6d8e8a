package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.adapter.persistence.LocalJpa;
import cn.gov.dongguan.voucher.adapter.persistence.TestDatabase;
import cn.gov.dongguan.voucher.adapter.persistence.testing.ApplicationsAtScale;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality target "lists over 100,000 applications": on PostgreSQL with 100,000 stored applications,
 * every shape of the list query the repository issues (first pages and keyset pages, per sort, per
 * filter, town scope) is answered through an index, never a sequential scan of the table. The SQL
 * is the one EclipseLink actually sent; its plan is printed with the execution time.
 */
class ListQueryPlanTest {

    static final String BATCH = "PLAN-100K";
    static final int ROWS = 100_000;
    static TestDatabase db;
    static LocalJpa capturing;

    @BeforeAll
    static void hundredThousandApplications() throws SQLException {
        db = TestDatabase.of(TestDatabase.Kind.POSTGRESQL);
        try (Connection c = db.dataSource.getConnection()) {
            ApplicationsAtScale.load(c, BATCH, ROWS, 900_000, "单位");
        }
        capturing = new LocalJpa(
                db.url,
                TestDatabase.pgUser(),
                TestDatabase.pgPassword(),
                Map.of(
                        "eclipselink.logging.logger", SqlCapture.class.getName(),
                        "eclipselink.logging.level.sql", "FINE",
                        "eclipselink.logging.parameters", "true"));
    }

    @AfterAll
    static void close() {
        if (capturing != null) {
            capturing.close();
        }
    }

    static ApplicationListQuery query(
            TownCode scope,
            Set<ReviewStage> stages,
            ApplicationSort sort,
            boolean desc,
            ApplicationListQuery.Keyset after,
            String text) {
        return new ApplicationListQuery(
                scope, BatchCode.of(BATCH), stages, null, null, null, null, text, sort, desc, after, 50);
    }

    @Test
    void every_list_shape_over_100000_applications_uses_an_index_and_no_sequential_scan() throws SQLException {
        JpaApplicationList repository = new JpaApplicationList(capturing);
        List<ApplicationListQuery> shapes = new ArrayList<>();
        for (ApplicationSort sort : ApplicationSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                shapes.add(query(null, Set.of(), sort, desc, null, null));
            }
        }
        shapes.add(query(TownCode.of("HUMEN"), Set.of(), ApplicationSort.CREATED_AT, false, null, null));
        shapes.add(query(null, Set.of(ReviewStage.TOWN_REVIEW), ApplicationSort.CREATED_AT, true, null, null));
        shapes.add(query(null, Set.of(), ApplicationSort.CREATED_AT, false, null, "单位77"));
        List<String> report = new ArrayList<>();
        for (ApplicationListQuery first : shapes) {
            List<ApplicationSummary> page = capturing.inTransaction(() -> repository.list(first));
            assertThat(page).hasSize(51);
            report.add(explain(first, SqlCapture.last("SELECT")));
            ApplicationSummary last = page.get(49);
            String value =
                    switch (first.sort()) {
                        case CREATED_AT -> last.createdAt().toString();
                        case UPDATED_AT -> last.updatedAt().toString();
                        case SUBSIDY -> Long.toString(last.subsidy().toFen());
                        case APPLICANT_NAME -> last.applicantName();
                    };
            ApplicationListQuery next = new ApplicationListQuery(
                    first.scopeTown(),
                    first.batch(),
                    first.stages(),
                    null,
                    null,
                    null,
                    null,
                    first.text(),
                    first.sort(),
                    first.descending(),
                    new ApplicationListQuery.Keyset(value, last.id().toString()),
                    50);
            List<ApplicationSummary> nextPage = capturing.inTransaction(() -> repository.list(next));
            assertThat(nextPage).isNotEmpty();
            assertThat(nextPage.get(0).id()).isNotEqualTo(last.id());
            report.add(explain(next, SqlCapture.last("SELECT")));
        }
        report.forEach(System.out::println);
        System.out.println("[list plan] SQL of the last page: "
                + SqlCapture.last("SELECT").lines().findFirst().orElse(""));
    }

    private static final Pattern BIND = Pattern.compile("\\s*bind => \\[(.*)]\\s*$", Pattern.DOTALL);

    /** Runs the captured statement under EXPLAIN ANALYZE with its bind values, asserts the plan, returns a line. */
    private static String explain(ApplicationListQuery q, String logged) throws SQLException {
        Matcher m = BIND.matcher(logged.substring(logged.indexOf("\n") < 0 ? 0 : logged.indexOf("\n")));
        String sql = logged.contains("\n") ? logged.substring(0, logged.indexOf("\n")) : logged;
        List<String> values = new ArrayList<>();
        if (m.find()) {
            for (String v : m.group(1).split(", ")) {
                values.add(v);
            }
        }
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            numbered.append(ch == '?' ? "$" + (++n) : String.valueOf(ch));
        }
        assertThat(values).as("bind values of " + sql).hasSize(n);
        StringBuilder plan = new StringBuilder();
        try (Connection c = db.dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("PREPARE list_page AS " + numbered);
            StringBuilder execute = new StringBuilder("EXPLAIN (ANALYZE, COSTS OFF) EXECUTE list_page(");
            for (int i = 0; i < values.size(); i++) {
                execute.append(i == 0 ? "" : ", ")
                        .append("'")
                        .append(values.get(i).replace("'", "''"))
                        .append("'");
            }
            try (ResultSet rs = s.executeQuery(execute.append(")").toString())) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            s.execute("DEALLOCATE list_page");
        }
        String text = plan.toString();
        assertThat(text)
                .as("plan of %s %s:%n%s", q.sort(), q.descending() ? "desc" : "asc", text)
                .doesNotContain("Seq Scan on application")
                .containsPattern("Index (Only )?Scan( Backward)? (using|on) application_\\w+");
        Matcher time = Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(text);
        return String.format(
                "[list plan] %-14s %-4s %-5s %-6s %-5s %-7s -> %8s ms, %s",
                q.sort(),
                q.descending() ? "desc" : "asc",
                q.scopeTown() == null ? "" : "town",
                q.stages().isEmpty() ? "" : "stage",
                q.text() == null ? "" : "text",
                q.after() == null ? "first" : "keyset",
                time.find() ? time.group(1) : "?",
                text.lines()
                        .filter(l -> l.contains("Index"))
                        .findFirst()
                        .orElse("")
                        .trim());
    }
}
