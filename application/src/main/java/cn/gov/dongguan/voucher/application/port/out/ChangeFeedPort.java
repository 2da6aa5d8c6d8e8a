package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.domain.filing.StageChanged;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringEvent;
import java.util.List;

/**
 * The ordered change feed the portal mirrors statuses from. Appending happens in the transaction
 * of the change; the events are numbered 1, 2, 3 … without gaps, in commit order — at append (a
 * store that can afford a lock held to commit) or after commit by {@link #sequencePending()}, which
 * every reader calls first, so a reader always sees every committed event, numbered.
 */
public interface ChangeFeedPort {

    /**
     * Numbers the events committed since the last call, in the order they were appended, and returns
     * how many; one caller at a time. A store that numbers at append has nothing to do.
     */
    default int sequencePending() {
        return 0;
    }

    /** Appends the event; its number ({@code seq}) is 0 where the store numbers it after commit. */
    FeedEvent append(StageChanged event);

    /** A monitoring request's issue or answer (R-POST-1), numbered in the same sequence. */
    FeedEvent append(MonitoringEvent event);

    /** Events with {@code seq > after}, oldest first, at most {@code limit}. */
    List<FeedEvent> after(long after, int limit);
}
