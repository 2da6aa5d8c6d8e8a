package cn.gov.dongguan.voucher.app;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source. The embedded default is an H2 file database under {@code ./data};
 * PostgreSQL (or another H2 file) is chosen by environment variables or system properties:
 * {@code VOUCHER_DB_CLASS}, {@code VOUCHER_DB_URL}, {@code VOUCHER_DB_USER}, {@code VOUCHER_DB_PASSWORD},
 * {@code VOUCHER_DB_POOL_MAX} (see the README). Payara resolves the placeholders from MicroProfile
 * Config's system and environment sources when the data source is created.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/voucher",
        className = "${MPCONFIG=voucher.db.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=voucher.db.url:jdbc:h2:file:./data/voucher;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}",
        user = "${MPCONFIG=voucher.db.user:sa}",
        password = "${MPCONFIG=voucher.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 30,
        // fail fast without the database (issue 14): a connection within 2 s or not at all, a connection
        // from the pool within 2 s, no statement longer than 60 s (the largest exports take seconds)
        loginTimeout = 2,
        properties = {
            "fish.payara.max-wait-time-in-millis=2000",
            "fish.payara.statement-timeout-in-seconds=60",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=0"
        })
@ApplicationScoped
public class DataSourceConfig {}
