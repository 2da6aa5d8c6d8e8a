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

    @Inject
    DatabaseWatch watch;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", bootstrap.isReady());
        String away = watch.away();
        if (away != null) {
            // the watch's verdict (a round trip every 500 ms): the same as the API's 503, never a second opinion
            return response.withData("error", away).down().build();
        }
        if (!watch.probed()) {
            // before the watch's first answer: asked directly, once
            try (Connection c = dataSource().getConnection()) {
                return response.status(c.isValid(2) && bootstrap.isReady()).build();
            } catch (Exception e) {
                return response.withData("error", e.getClass().getSimpleName())
                        .down()
                        .build();
            }
        }
        return response.status(bootstrap.isReady()).build();
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
