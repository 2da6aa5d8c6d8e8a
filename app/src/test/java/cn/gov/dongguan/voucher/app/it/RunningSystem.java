package cn.gov.dongguan.voucher.app.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The real artefact under test: the Payara Micro uber-jar started as a child process, once per test
 * JVM, in demo mode, on the database this failsafe execution names ({@code it.database}): a fresh
 * H2 file under {@code target/}, or a fresh schema of the PostgreSQL database {@code voucher_it}.
 * PostgreSQL is never skipped: if it cannot be reached the suite fails.
 */
final class RunningSystem {

    private static RunningSystem instance;

    final String baseUrl;
    final String database;
    final long startMillis;
    /** The PostgreSQL schema's JDBC URL (with currentSchema), for tests that prepare data at scale; null on H2. */
    final String jdbcUrl;

    private final Process process;
    /** Where this server keeps its files (its H2 database, materials, log): a restart uses it again. */
    final Path work;

    private RunningSystem(String database) throws Exception {
        this(
                database,
                Path.of(System.getProperty("it.work", "target")).resolve("it-" + database + "-" + UUID.randomUUID()),
                null);
    }

    /**
     * A server of its own (not the suite's shared one), for a test that kills it: killed with
     * {@link #kill()} (SIGKILL, as {@code kill -9}), started again on the same files and schema with
     * {@link #restart()}.
     */
    static RunningSystem own() throws Exception {
        return new RunningSystem(System.getProperty("it.database", "h2"));
    }

    /**
     * A server of its own on PostgreSQL that reaches its database through {@code proxyPort} on this
     * machine (a {@link TcpProxy} to the real server), in a fresh schema.
     */
    static RunningSystem ownThroughProxy(int proxyPort) throws Exception {
        String url = System.getProperty("it.pg.url", "jdbc:postgresql://localhost:5432/voucher_it");
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(url, "voucher", "voucher");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String proxied = url.replaceFirst("//[^/]+/", "//localhost:" + proxyPort + "/") + "?currentSchema=" + schema;
        return new RunningSystem(
                "postgresql",
                Path.of(System.getProperty("it.work", "target")).resolve("it-outage-" + UUID.randomUUID()),
                proxied);
    }

    /** A new process on this one's files (H2) or schema (PostgreSQL), after {@link #kill()}. */
    RunningSystem restart() throws Exception {
        return new RunningSystem(database, work, jdbcUrl);
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private RunningSystem(String database, Path work, String existingSchemaUrl) throws Exception {
        this.database = database;
        this.work = work;
        Path jar = Path.of(System.getProperty("it.jar", "target/voucher-microbundle.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("the uber-jar " + jar + " is not built; run mvn verify");
        }
        Files.createDirectories(work.resolve("tmp"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + work.resolve("tmp"),
                        "-Xmx768m",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--nocluster",
                        "--port",
                        Integer.toString(port))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        work.resolve("server.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("VOUCHER_DEMO", "true");
        env.put("VOUCHER_FILES_DIR", work.resolve("materials").toString());
        String schemaUrl = null;
        if (database.equals("postgresql") && existingSchemaUrl != null) {
            env.put("VOUCHER_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
            schemaUrl = existingSchemaUrl;
            env.put("VOUCHER_DB_URL", schemaUrl);
            env.put("VOUCHER_DB_USER", "voucher");
            env.put("VOUCHER_DB_PASSWORD", "voucher");
        } else if (database.equals("postgresql")) {
            String url = System.getProperty("it.pg.url", "jdbc:postgresql://localhost:5432/voucher_it");
            String schema =
                    "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            try (Connection c = DriverManager.getConnection(url, "voucher", "voucher");
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (Exception e) {
                throw new IllegalStateException(
                        "PostgreSQL is not reachable at " + url
                                + ": the black-box suite needs it (bash scripts/start-postgres.sh)",
                        e);
            }
            env.put("VOUCHER_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
            schemaUrl = url + "?currentSchema=" + schema;
            env.put("VOUCHER_DB_URL", schemaUrl);
            env.put("VOUCHER_DB_USER", "voucher");
            env.put("VOUCHER_DB_PASSWORD", "voucher");
        } else {
            env.put(
                    "VOUCHER_DB_URL",
                    "jdbc:h2:file:" + work.resolve("data").resolve("voucher").toAbsolutePath()
                            + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        jdbcUrl = schemaUrl;
        long started = System.currentTimeMillis();
        process = builder.start();
        baseUrl = "http://localhost:" + port;
        HttpClient client = HttpClient.newBuilder()
                // HTTP/1.1: an h2c upgrade once deadlocked two Grizzly listener threads (README, known issues)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = started + 180_000;
        String lastAnswer = "no answer";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited; see " + work.resolve("server.log"));
            }
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
                lastAnswer = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                // not listening yet, or no answer within 3 s
                lastAnswer = e.toString();
            }
            if (System.currentTimeMillis() > deadline) {
                // what the server was doing, for the reader of the failure
                Path threads = work.resolve("threads.txt");
                try {
                    new ProcessBuilder(
                                    Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                            .toString(),
                                    Long.toString(process.pid()),
                                    "Thread.print")
                            .redirectErrorStream(true)
                            .redirectOutput(threads.toFile())
                            .start()
                            .waitFor();
                } catch (IOException | InterruptedException e) {
                    // the dump is a courtesy
                }
                process.destroyForcibly();
                throw new IllegalStateException("the server was not ready within 180 s (last /health/ready: "
                        + lastAnswer + "); see " + work.resolve("server.log") + " and " + threads);
            }
            Thread.sleep(500);
        }
        startMillis = System.currentTimeMillis() - started;
        System.out.printf(
                "[black-box] %s: uber-jar ready (health/ready 200) after %.1f s at %s, log %s%n",
                database, startMillis / 1000.0, baseUrl, work.resolve("server.log"));
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            String database = System.getProperty("it.database", "h2");
            try {
                try {
                    instance = new RunningSystem(database);
                } catch (IllegalStateException notReady) {
                    // once seen on CI (PostgreSQL, ready never answered 200 within 180 s, not reproduced since):
                    // say so loudly, keep the first attempt's log and thread dump, and start a second server
                    System.out.println("[black-box] " + database + ": FIRST START FAILED, starting once more: "
                            + notReady.getMessage());
                    instance = new RunningSystem(database);
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }
}
