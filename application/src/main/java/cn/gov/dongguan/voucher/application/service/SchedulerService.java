package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.EndNoticePeriodsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ExpireReturnedApplicationsUseCase;
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
public final class SchedulerService implements ExpireReturnedApplicationsUseCase, EndNoticePeriodsUseCase {

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
