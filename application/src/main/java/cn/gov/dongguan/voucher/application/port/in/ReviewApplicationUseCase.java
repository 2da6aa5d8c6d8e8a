package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.review.Actor;

/**
 * Use case: an officer, expert or fund manager takes a review action on the version of the
 * application they saw (domain.md §7, R-FLOW-7). The command arrives complete (it checked itself
 * when built); whether it fits the stage, the role, the town and the figures is decided here.
 *
 * @param expectedVersion the version the reviewer acted on; negative for any version ({@code If-Match: *})
 */
public interface ReviewApplicationUseCase {

    ApplicationDetails act(Actor actor, ApplicationId id, long expectedVersion, ReviewCommand command);
}
