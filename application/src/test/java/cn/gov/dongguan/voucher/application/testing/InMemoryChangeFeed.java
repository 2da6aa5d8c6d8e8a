package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.domain.filing.StageChanged;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringEvent;
import java.util.ArrayList;
import java.util.List;

/** The change feed as a list; sequence numbers are positions + 1. */
public final class InMemoryChangeFeed implements ChangeFeedPort {

    private final List<FeedEvent> events = new ArrayList<>();

    @Override
    public synchronized FeedEvent append(StageChanged e) {
        FeedEvent event = FeedEvent.of(events.size() + 1L, e);
        events.add(event);
        return event;
    }

    @Override
    public synchronized FeedEvent append(MonitoringEvent e) {
        FeedEvent event = FeedEvent.of(events.size() + 1L, e);
        events.add(event);
        return event;
    }

    @Override
    public synchronized List<FeedEvent> after(long after, int limit) {
        int from = (int) Math.min(after, events.size());
        return List.copyOf(events.subList(from, Math.min(events.size(), from + limit)));
    }
}
