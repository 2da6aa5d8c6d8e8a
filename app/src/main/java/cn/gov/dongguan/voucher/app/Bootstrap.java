package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.adapter.persistence.migration.DatabaseMigrations;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.NoticeDefaults;
import cn.gov.dongguan.voucher.domain.shared.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * At deployment: migrates the schema (Flyway), then in demo mode makes sure batch {@code 2025-1}
 * exists with the notice's values and loads the sample programme into batch {@code 2025-demo}.
 * Readiness stays down until this has finished. A CDI observer, not an EJB: an EJB's start-up
 * callback would wrap every step in one transaction.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Resource(lookup = "java:app/jdbc/voucher")
    DataSource dataSource;

    @Inject
    ServiceAssembly assembly;

    @Inject
    DemoData demoData;

    @Inject
    AccountWiring accounts;

    private volatile boolean ready;

    /** Runs when the application starts, outside any transaction: each step commits on its own. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            var result = DatabaseMigrations.migrate(dataSource);
            LOG.info(() -> "database migrated: " + result.migrationsExecuted + " migrations applied, schema at "
                    + result.targetSchemaVersion);
            boolean demo = ConfigProvider.getConfig()
                    .getOptionalValue("voucher.demo", Boolean.class)
                    .orElse(false);
            if (demo) {
                var ports = assembly.ports();
                ports.transactions().run(() -> {
                    if (ports.batches().find(BatchCode.of("2025-1")).isEmpty()) {
                        ports.batches().save(NoticeDefaults.batch2025First(Money.of("30000000.00")));
                        LOG.info("demo mode: batch 2025-1 announced with the values of the notice");
                    }
                });
                demoData.loadIfMissing();
                accounts.seedDemoUsers();
            }
            ready = true;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "start-up failed; the service stays not ready", e);
        }
    }

    public boolean isReady() {
        return ready;
    }
}
