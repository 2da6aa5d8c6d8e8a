package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.EndNoticePeriodsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ExpireReturnedApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.RefreshEvaluationsUseCase;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.JobLockPort;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * Deadline-driven moves the scheduler triggers. Each run takes a job lock (so two instances never
 * work the same job at once), works in chunks of one transaction each, and is idempotent: a second
 * run finds nothing left to do.
 */
public final class SchedulerService
        implements ExpireReturnedApplicationsUseCase, EndNoticePeriodsUseCase, RefreshEvaluationsUseCase {

    static final int CHUNK = 200;

    private final UseCaseRunner runner;
    private final ApplicationPort applications;
    private final ApplicationStore store;
    private final JobLockPort lock;

    public SchedulerService(
            UseCaseRunner runner, ApplicationPort applications, ApplicationStore store, JobLockPort lock) {
        this.runner = Objects.requireNonNull(runner);
        this.applications = Objects.requireNonNull(applications);
        this.store = Objects.requireNonNull(store);
        this.lock = Objects.requireNonNull(lock);
    }

    @Override
    public int expireOverdue() {
        return work(
                "expire-returned-applications", "EXPIRE", applications::returnedOverdue, Application::expireIfOverdue);
    }

    /** How many dropped evaluations one refresh computes, each chunk in a transaction of its own. */
    static final int REFRESH_CHUNK = 50;

    /**
     * Computes the evaluations dropped since the last run (a fact changed), so that lists filter and
     * sort by current E and S; a read computes its own sooner. Under a job lock, in chunks; returns how
     * many were computed (0: nothing left, or another instance is at it).
     */
    @Override
    public int refreshEvaluations() {
        return runner.run(Actor.system(), "REFRESH_EVALUATIONS", "job:refresh-evaluations", () -> {
            if (!lock.tryLock("refresh-evaluations")) {
                return 0;
            }
            return store.refreshDropped(REFRESH_CHUNK);
        });
    }

    @Override
    public int endDueNotices() {
        return work("end-notice-periods", "END_NOTICE", applications::noticeEnded, Application::endNoticeIfDue);
    }

    private int work(
            String job,
            String action,
            BiFunction<Instant, Integer, List<ApplicationId>> due,
            BiPredicate<Application, Instant> move) {
        int total = 0;
        while (true) {
            int moved = runner.run(Actor.system(), action, "job:" + job, () -> {
                if (!lock.tryLock(job)) {
                    return -1;
                }
                Instant now = runner.now();
                int count = 0;
                for (ApplicationId id : due.apply(now, CHUNK)) {
                    Application application = store.require(id);
                    if (move.test(application, now)) {
                        store.save(store.gather(application));
                        runner.audited(
                                Actor.system(),
                                action,
                                ApplicationStore.target(application),
                                "-> " + application.storedStage());
                        count++;
                    }
                }
                return count;
            });
            if (moved <= 0) {
                return total;
            }
            total += moved;
            if (moved < CHUNK) {
                return total;
            }
        }
    }
}
