package cn.gov.dongguan.voucher.adapter.persistence;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaApplicantRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaApplicationRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaBatchRepository;
import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaLeaseRepository;
import cn.gov.dongguan.voucher.adapter.persistence.migration.DatabaseMigrations;
import cn.gov.dongguan.voucher.application.testing.StoredApplicationsContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real databases the persistence tests run on, migrated by Flyway once per test JVM:
 * an H2 file database under {@code target/}, and a fresh schema in the PostgreSQL test database.
 *
 * <p>PostgreSQL is never skipped: when it cannot be reached the tests fail with a message saying
 * how to start it ({@code .ci/run} starts the local cluster and creates the database).
 */
public final class TestDatabase {

    /** The database kinds every port contract runs on. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    private static final Map<Kind, TestDatabase> OPEN = new EnumMap<>(Kind.class);

    public final Kind kind;
    public final DataSource dataSource;
    public final LocalJpa jpa;

    public final String url;

    private TestDatabase(Kind kind, DataSource dataSource, String url, String user, String password) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.url = url;
        var result = DatabaseMigrations.migrate(dataSource);
        this.jpa = new LocalJpa(url, user, password);
        System.out.println("[persistence tests] " + kind + ": " + describe(dataSource) + " at " + url + ", "
                + result.migrationsExecuted + " migrations applied");
    }

    public static synchronized TestDatabase of(Kind kind) {
        return OPEN.computeIfAbsent(kind, k -> k == Kind.H2 ? h2() : postgres());
    }

    private static String describe(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JPA stores the contracts of the application ports store their applications in. */
    public StoredApplicationsContract.Stores stores() {
        return new StoredApplicationsContract.Stores(
                new JpaApplicationRepository(jpa),
                new JpaLeaseRepository(jpa),
                new JpaBatchRepository(jpa),
                new JpaApplicantRepository(jpa));
    }

    public boolean isPostgres() {
        return kind == Kind.POSTGRESQL;
    }

    private static TestDatabase h2() {
        JdbcDataSource ds = new JdbcDataSource();
        Path file = Path.of("target", "h2", "contracts-" + UUID.randomUUID()).toAbsolutePath();
        String url = "jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1";
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDatabase(Kind.H2, ds, url, "sa", "");
    }

    /** Connection settings of the PostgreSQL test database, from the environment or the defaults of .ci/run. */
    public static String pgUrl() {
        return setting("VOUCHER_TEST_PG_URL", "jdbc:postgresql://localhost:5432/voucher_test");
    }

    public static String pgUser() {
        return setting("VOUCHER_TEST_PG_USER", "voucher");
    }

    public static String pgPassword() {
        return setting("VOUCHER_TEST_PG_PASSWORD", "voucher");
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static TestDatabase postgres() {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(pgUrl());
        admin.setUser(pgUser());
        admin.setPassword(pgPassword());
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable at " + pgUrl() + " as " + pgUser()
                            + " (" + e.getMessage()
                            + "). The persistence tests need it: run `bash scripts/start-postgres.sh` "
                            + "(which .ci/run does), or point VOUCHER_TEST_PG_URL/_USER/_PASSWORD at a server.",
                    e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(pgUrl());
        ds.setUser(pgUser());
        ds.setPassword(pgPassword());
        ds.setCurrentSchema(schema);
        String url = pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = admin.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException ignored) {
                // the test database is disposable; a leftover schema harms nothing
            }
        }));
        return new TestDatabase(Kind.POSTGRESQL, ds, url, pgUser(), pgPassword());
    }
}
