package cn.gov.dongguan.voucher.app;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Numbers and chains the audit entries, and numbers the change feed's events, written since the last
 * pass, every 250 ms, each in a transaction of its own (issue 12): the one place that takes the audit
 * and the feed counters' locks, so that the transactions that write entries and events never wait for
 * one another. Readers of the log and of the feed do the same before they read.
 */
@ApplicationScoped
public class AuditSequencer {

    private static final Logger LOG = Logger.getLogger(AuditSequencer.class.getName());

    @Inject
    ServiceAssembly assembly;

    @Inject
    Bootstrap bootstrap;

    @Inject
    DatabaseWatch watch;

    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService timer;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        timer = Executors.newSingleThreadScheduledExecutor(threads);
        timer.scheduleWithFixedDelay(this::pass, 250, 250, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void pass() {
        if (!bootstrap.isReady() || watch.away() != null) {
            return;
        }
        try {
            var ports = assembly.ports();
            ports.transactions().inTransaction(() -> ports.audit().sequencePending());
            ports.transactions().inTransaction(() -> ports.feed().sequencePending());
        } catch (RuntimeException e) {
            // the next pass tries again; the entries wait in audit_pending and change_pending, nothing is lost
            LOG.log(Level.FINE, "audit sequencing pass failed; retried in 250 ms", e);
        }
    }
}
