package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/** Use case: the city bureau lifts an applicant's disqualification, with a reason (R-FLOW-6). */
public interface LiftDisqualificationUseCase {

    void lift(Actor actor, UnifiedSocialCreditCode uscc, String reason);
}
