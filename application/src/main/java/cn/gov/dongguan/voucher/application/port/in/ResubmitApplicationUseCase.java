package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: the portal resubmits a returned application within its window (R-FLOW-3). */
public interface ResubmitApplicationUseCase {

    ApplicationDetails resubmit(Actor actor, ApplicationId id);
}
