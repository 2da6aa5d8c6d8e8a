package cn.gov.dongguan.voucher.domain.allocation;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/** One applicant in an allocation: what it requests (its full S) and what it gets. */
public record AllocationRow(
        ApplicationId applicationId, UnifiedSocialCreditCode uscc, String name, Money requested, Money allocated) {}
