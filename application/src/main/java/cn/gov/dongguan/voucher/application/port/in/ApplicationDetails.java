package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.util.List;
import java.util.Set;

/**
 * An application as a reader sees it now: the aggregate, its stage at this moment (R-FLOW-3), the
 * applicant, the current calculation and eligibility, the flags for the reviewer, what the reader
 * may do next, and whether the history's hash chain is intact.
 */
public record ApplicationDetails(
        Application application,
        ReviewStage stage,
        Applicant applicant,
        Calculation calculation,
        EligibilityResult eligibility,
        Set<ApplicationFlag> flags,
        List<ReviewAction> availableActions,
        boolean historyIntact) {

    public ApplicationDetails {
        flags = Set.copyOf(flags);
        availableActions = List.copyOf(availableActions);
    }
}
