package cn.gov.dongguan.voucher.domain.allocation;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;

/**
 * An application awaiting allocation.
 *
 * @param basis the verified amount V (or E before verification) the subsidy is computed from
 * @param capRemaining the applicant's annual cap less what other batches of the year approved (R-CALC-6)
 * @param completedAt when the application was completely submitted: the order of FIRST_COME
 */
public record AllocationCandidate(
        ApplicationId applicationId,
        UnifiedSocialCreditCode uscc,
        String name,
        Money basis,
        Money capRemaining,
        Instant completedAt) {

    public AllocationCandidate {
        Require.present(applicationId, "applicationId");
        Require.present(uscc, "uscc");
        Require.present(basis, "basis");
        Require.that(!basis.isNegative(), "basis", "NEGATIVE_AMOUNT", "R-CALC-9", "the basis cannot be negative");
        Require.present(capRemaining, "capRemaining");
        Require.that(
                !capRemaining.isNegative(),
                "capRemaining",
                "NEGATIVE_AMOUNT",
                "R-CALC-9",
                "the remaining cap cannot be negative");
        Require.present(completedAt, "completedAt");
    }
}
