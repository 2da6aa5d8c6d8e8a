package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: the portal withdraws an application before it is approved. */
public interface WithdrawApplicationUseCase {

    ApplicationDetails withdraw(Actor actor, ApplicationId id, String reason);
}
