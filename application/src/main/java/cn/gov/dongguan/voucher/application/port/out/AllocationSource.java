package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;

/**
 * An application awaiting allocation as the database projects it: no aggregate is loaded.
 *
 * @param basis the verified amount V (or E where none was set)
 * @param approvedElsewhere subsidies approved for the applicant in other batches of the same funding year
 */
public record AllocationSource(
        ApplicationId id,
        UnifiedSocialCreditCode uscc,
        String applicantName,
        Money basis,
        Instant completedAt,
        Money approvedElsewhere) {}
