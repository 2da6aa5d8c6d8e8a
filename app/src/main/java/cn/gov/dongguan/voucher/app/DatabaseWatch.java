package cn.gov.dongguan.voucher.app;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database answers, known before a request asks it (issue 14: fail fast without the
 * database, stopped or frozen as in a network partition). Every 500 ms a probe takes a connection and
 * runs {@code SELECT 1} with a 1 s timeout; a probe that fails, or does not finish within 1.5 s,
 * marks the database away at once; two answers in a row mark it back. While it is away the API answers
 * 503 at once ({@link DatabaseAwayFilter}) and readiness is down, instead of requests piling up behind
 * a pool that waits for a server that does not answer. Probes run on their own managed threads, so a
 * hung probe never holds up a request.
 */
@ApplicationScoped
public class DatabaseWatch {

    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    static final long PERIOD_MILLIS = 500;
    static final long PROBE_TIMEOUT_MILLIS = 1_500;

    @Resource(lookup = "java:app/jdbc/voucher")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private final AtomicReference<String> away = new AtomicReference<>();
    private ScheduledExecutorService timer;
    private ExecutorService probes;
    private volatile Future<?> running;
    /** Answers in a row since the database was marked away (only the timer thread writes it). */
    private volatile int answered;

    private volatile boolean probed;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        timer = Executors.newSingleThreadScheduledExecutor(threads);
        probes = Executors.newFixedThreadPool(2, threads);
        timer.scheduleWithFixedDelay(this::probe, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
            probes.shutdownNow();
        }
    }

    /** Whether a probe has answered yet (before that, nothing is known). */
    public boolean probed() {
        return probed;
    }

    /** Why the database is away now, or {@code null} while it answers. */
    public String away() {
        return away.get();
    }

    private void probe() {
        Future<?> previous = running;
        if (previous != null && !previous.isDone()) {
            // the last probe still waits for an answer: the database is not answering
            mark("no answer within " + PROBE_TIMEOUT_MILLIS + " ms");
            return;
        }
        Future<Boolean> probe = probes.submit(() -> {
            // a real round trip: a statement answered within 1 s (isValid may answer from the pool's own view)
            try (Connection c = dataSource.getConnection();
                    java.sql.Statement s = c.createStatement()) {
                s.setQueryTimeout(1);
                try (java.sql.ResultSet r = s.executeQuery("SELECT 1")) {
                    return r.next();
                }
            }
        });
        running = probe;
        try {
            boolean answer = Boolean.TRUE.equals(probe.get(PROBE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
            probed = true;
            if (answer) {
                // back only after two answers in a row: one lucky probe during an outage does not reopen the API
                if (away.get() != null && ++answered >= 2) {
                    away.set(null);
                    LOG.info("the database answers again");
                }
            } else {
                mark("the connection is not valid");
            }
        } catch (java.util.concurrent.TimeoutException e) {
            mark("no answer within " + PROBE_TIMEOUT_MILLIS + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            mark(e.getCause() == null ? e.toString() : e.getCause().getClass().getSimpleName());
        }
    }

    private void mark(String why) {
        probed = true;
        answered = 0;
        if (away.getAndSet(why) == null) {
            LOG.warning("the database is away (" + why + "): the API answers 503 until it is back");
        }
    }
}
