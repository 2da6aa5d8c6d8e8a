package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/** Use case: read an applicant unit (personal data is for the adapter to mask). */
public interface GetApplicantUseCase {

    Applicant get(Actor actor, UnifiedSocialCreditCode uscc);
}
