package cn.gov.dongguan.voucher.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema is migrated and the database answers now (not merely when Payara runs). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/voucher")
    DataSource dataSource;
    @Inject
    Bootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", bootstrap.isReady());
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid && bootstrap.isReady()).build();
        } catch (Exception e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
