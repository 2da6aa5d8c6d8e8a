package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.List;

/** Use case: the portal reads the change feed after the last sequence number it has seen. */
public interface ReadChangeFeedUseCase {

    FeedPage read(Actor actor, long after, int limit);

    /** Events in order without gaps, and the sequence number to ask after next. */
    record FeedPage(List<FeedEvent> items, long next) {}
}
