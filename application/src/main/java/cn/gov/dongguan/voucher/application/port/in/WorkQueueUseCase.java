package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Use case: the principal's 待办, the applications waiting for a decision of its role (and town),
 * longest waiting first, with the days waited and, for the city bureau, the returned applications
 * whose resubmission window runs (R-FLOW-3, 逾期视为放弃申报) as items to watch.
 */
public interface WorkQueueUseCase {

    /** The stages where the principal's role decides, in the order of the procedure. */
    Set<ReviewStage> workStages(Actor actor);

    /**
     * A page of the queue.
     *
     * @param batch one batch, or {@code null} for all
     * @param stage one of the work stages, or {@code null} for all of them
     * @param after the cursor of the previous page, {@code null} for the first
     */
    QueuePage queue(Actor actor, BatchCode batch, ReviewStage stage, String after, int limit);

    /**
     * The application to open after deciding {@code current}: the one waiting longest in the same
     * stage and batch, or none.
     */
    java.util.Optional<ApplicationSummary> next(
            Actor actor,
            BatchCode batch,
            ReviewStage stage,
            cn.gov.dongguan.voucher.domain.filing.ApplicationId current);

    /**
     * One waiting application.
     *
     * @param daysWaiting whole calendar days (Asia/Shanghai) since its last move
     * @param actionable whether the principal decides it now ({@code false}: watched, e.g. returned and
     *     waiting for the applicant)
     * @param deadline the end of a window that runs for it, or {@code null}
     * @param daysLeft calendar days to that deadline (0 on its last day, negative once past), or {@code null}
     */
    record QueueItem(ApplicationSummary row, long daysWaiting, boolean actionable, Instant deadline, Long daysLeft) {}

    /** A page and the cursor of the next one ({@code null} on the last page). */
    record QueuePage(List<QueueItem> items, String next) {}
}
