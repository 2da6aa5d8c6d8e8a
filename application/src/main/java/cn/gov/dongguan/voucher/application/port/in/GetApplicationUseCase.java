package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: read an application with its calculation, eligibility and history. */
public interface GetApplicationUseCase {

    ApplicationDetails get(Actor actor, ApplicationId id);
}
