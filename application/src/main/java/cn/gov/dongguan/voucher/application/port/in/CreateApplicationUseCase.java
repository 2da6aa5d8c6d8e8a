package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationContent;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/** Use case: the portal files a new application as a draft (one open per applicant and batch, R-FLOW-8). */
public interface CreateApplicationUseCase {

    ApplicationDetails create(
            Actor actor, BatchCode batch, UnifiedSocialCreditCode applicant, ApplicationContent content);
}
