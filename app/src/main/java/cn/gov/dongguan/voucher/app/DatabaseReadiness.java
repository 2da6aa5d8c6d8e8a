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
        try (Connection c = dataSource().getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid && bootstrap.isReady()).build();
        } catch (Exception e) {
            return response.withData("error", e.getClass().getSimpleName())
                    .down()
                    .build();
        }
    }

    /**
     * The injected data source, or (should this check have been created while the application was
     * still deploying, before its resources were bound) one looked up now: a readiness check must not
     * stay down for good because of the moment it was first asked.
     */
    private DataSource dataSource() throws javax.naming.NamingException {
        if (dataSource == null) {
            dataSource = javax.naming.InitialContext.doLookup("java:app/jdbc/voucher");
        }
        return dataSource;
    }
}
