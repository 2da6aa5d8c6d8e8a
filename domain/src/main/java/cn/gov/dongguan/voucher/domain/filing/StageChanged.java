package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;

/** Raised by every move of an application; the change feed publishes them in order. */
public record StageChanged(
        ApplicationId applicationId,
        UnifiedSocialCreditCode applicantUscc,
        Instant at,
        ReviewAction action,
        ReviewStage from,
        ReviewStage to) {}
