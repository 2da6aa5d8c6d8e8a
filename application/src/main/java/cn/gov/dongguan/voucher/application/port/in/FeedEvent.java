package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;

/** One entry of the change feed, numbered without gaps in commit order. */
public record FeedEvent(
        long seq,
        Instant at,
        ApplicationId applicationId,
        UnifiedSocialCreditCode applicantUscc,
        ReviewAction type,
        ReviewStage from,
        ReviewStage to) {}
