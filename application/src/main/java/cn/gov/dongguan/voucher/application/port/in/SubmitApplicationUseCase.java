package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: the portal submits a draft before the deadline, complete (R-FLOW-1). */
public interface SubmitApplicationUseCase {

    ApplicationDetails submit(Actor actor, ApplicationId id);
}
