package cn.gov.dongguan.voucher.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway owns the schema: common migrations for every database, and a folder per vendor
 * ({@code postgresql}, {@code h2}) for what cannot be written portably.
 */
public final class DatabaseMigrations {

    private DatabaseMigrations() {}

    /** The kind of database behind the data source: {@code postgresql} or {@code h2}. */
    public static String vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("unsupported database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    /**
     * A 2xx means on disk (issue 14): H2 writes a commit to its file at the commit, not up to half a
     * second later (its default {@code WRITE_DELAY} of 500 ms lost acknowledged writes to a kill -9).
     * The setting is the database's, kept in the file, and set here whatever URL the operator gave.
     * PostgreSQL is durable at commit by itself ({@code synchronous_commit} on).
     */
    public static void makeCommitsDurable(DataSource dataSource) {
        if (!vendor(dataSource).equals("h2")) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make H2's commits durable", e);
        }
    }

    public static MigrateResult migrate(DataSource dataSource) {
        makeCommitsDurable(dataSource);
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
