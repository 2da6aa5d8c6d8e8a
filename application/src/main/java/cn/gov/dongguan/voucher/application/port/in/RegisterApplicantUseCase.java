package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/** Use case: the portal registers or updates an applicant unit (idempotent by credit code). */
public interface RegisterApplicantUseCase {

    UpsertResult<Applicant> register(Actor actor, UnifiedSocialCreditCode uscc, ApplicantProfile profile);
}
