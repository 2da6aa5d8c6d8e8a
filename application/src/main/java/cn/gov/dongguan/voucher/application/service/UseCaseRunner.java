package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditEntry.AuditResult;
import cn.gov.dongguan.voucher.application.port.out.AuditLogPort;
import cn.gov.dongguan.voucher.application.port.out.ClockPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a use case in one transaction and audits it: successful changes are audited inside the
 * transaction by the use case itself; a refusal for lack of rights (403, or 404 for what the
 * principal may not see) is audited in a transaction of its own, since the use case's own
 * transaction is rolled back.
 *
 * <p>A use case happens at one instant: the clock is read once when it starts, and {@link #now()}
 * answers that instant to everything the use case does (its history entries, audit records and
 * deadlines agree to the microsecond).
 */
public final class UseCaseRunner {

    private final TransactionsPort transactions;
    private final AuditLogPort audit;
    private final ClockPort clock;
    /** The instant of the use case running on this thread. */
    private final ThreadLocal<Instant> instant = new ThreadLocal<>();

    public UseCaseRunner(TransactionsPort transactions, AuditLogPort audit, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    public <T> T run(Actor actor, String action, String target, Supplier<T> work) {
        Instant outer = instant.get();
        try {
            return transactions.inTransaction(() -> {
                instant.set(outer != null ? outer : clock.now());
                return work.get();
            });
        } catch (ForbiddenException | NotFoundException refused) {
            if (actor != null) {
                transactions.run(() -> audit.append(AuditEntry.of(
                        clock.now(),
                        actor.name(),
                        actor.role(),
                        actor.town(),
                        action,
                        target,
                        AuditResult.DENIED,
                        refused.getMessage())));
            }
            throw refused;
        } finally {
            if (outer == null) {
                instant.remove();
            }
        }
    }

    /** How often an idempotent push is tried when a concurrent write of the same key beats it. */
    static final int IDEMPOTENT_ATTEMPTS = 5;

    /**
     * Runs an idempotent push (the same body again changes nothing): when a concurrent request wrote
     * the same key first (a unique key at commit, or a row changed since it was read), nothing of this
     * attempt was written, and it runs again on what is now stored — so identical concurrent pushes all
     * succeed with one row, and a different one meets the stored row as a conflict, never overwriting it.
     * Inside an outer transaction it runs once (the outer one decides).
     */
    public <T> T runIdempotent(Actor actor, String action, String target, Supplier<T> work) {
        if (instant.get() != null) {
            return run(actor, action, target, work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return run(actor, action, target, work);
            } catch (cn.gov.dongguan.voucher.application.ConcurrentWriteException
                    | cn.gov.dongguan.voucher.application.StaleVersionException raced) {
                if (attempt >= IDEMPOTENT_ATTEMPTS) {
                    throw raced;
                }
                try {
                    // a short, spread-out pause, so that racing requests do not meet again at once
                    Thread.sleep(5L * attempt
                            + java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw raced;
                }
            }
        }
    }

    /** Runs internal work (no use case of its own, nothing to audit) in a transaction. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** Audits a successful act inside the current transaction. */
    public void audited(Actor actor, String action, String target, String detail) {
        audit.append(AuditEntry.of(
                now(), actor.name(), actor.role(), actor.town(), action, target, AuditResult.SUCCESS, detail));
    }

    /** The instant of the running use case; outside one, the clock's. */
    public Instant now() {
        Instant current = instant.get();
        return current != null ? current : clock.now();
    }

    /** Refuses (403) unless the actor has one of the roles. */
    public static void requireRole(Actor actor, Role... roles) {
        if (actor == null || Arrays.stream(roles).noneMatch(r -> r == actor.role())) {
            throw new ForbiddenException(
                    null, "role " + (actor == null ? "anonymous" : actor.role().code()) + " may not do this");
        }
    }
}
