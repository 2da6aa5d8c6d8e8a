package cn.gov.dongguan.voucher.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, on PostgreSQL (the embedded H2 cannot go away): a server of the test's own reaches its
 * database through a {@link TcpProxy}. Frozen (a network partition: connections open, no answers)
 * and cut (the database stopped), the API answers 503 problem+json with Retry-After within 2 s and
 * readiness is down while it lasts; healed, both recover without a restart.
 */
class DatabaseOutageIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitReady(String base, int status) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (get(base + "/health/ready", null).statusCode() != status) {
            assertThat(System.currentTimeMillis()).as("readiness " + status).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static void answersUnavailableAtOnce(String base) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = get(base + "/api/v1/batches", "demo-city-token");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(millis).as("answered in " + millis + " ms").isLessThan(2_000);
    }

    @Test
    void without_its_database_the_api_answers_503_at_once_and_recovers_without_a_restart() throws Exception {
        try (TcpProxy proxy = new TcpProxy("localhost", 5432)) {
            RunningSystem server = RunningSystem.ownThroughProxy(proxy.port());
            String base = server.baseUrl;
            try {
                assertThat(get(base + "/api/v1/batches", "demo-city-token").statusCode())
                        .isEqualTo(200);

                proxy.freeze();
                awaitReady(base, 503);
                answersUnavailableAtOnce(base);
                proxy.heal();
                awaitReady(base, 200);
                assertThat(get(base + "/api/v1/batches", "demo-city-token").statusCode())
                        .isEqualTo(200);

                proxy.cut();
                awaitReady(base, 503);
                answersUnavailableAtOnce(base);
                proxy.heal();
                awaitReady(base, 200);
                assertThat(get(base + "/api/v1/batches", "demo-city-token").statusCode())
                        .isEqualTo(200);
            } finally {
                server.kill();
            }
        }
    }
}
