package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.domain.filing.StageChanged;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringEvent;
import java.util.List;

/**
 * The ordered change feed the portal mirrors statuses from. Appending happens in the transaction
 * of the change and numbers the events 1, 2, 3 … without gaps, in commit order.
 */
public interface ChangeFeedPort {

    FeedEvent append(StageChanged event);

    /** A monitoring request's issue or answer (R-POST-1), numbered in the same sequence. */
    FeedEvent append(MonitoringEvent event);

    /** Events with {@code seq > after}, oldest first, at most {@code limit}. */
    List<FeedEvent> after(long after, int limit);
}
