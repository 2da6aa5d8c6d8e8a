package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Use case: an officer, expert or fund manager takes a review action on the version of the
 * application they saw (domain.md §7, R-FLOW-7).
 */
public interface ReviewApplicationUseCase {

    ApplicationDetails act(Actor actor, ApplicationId id, long expectedVersion, ReviewRequest request);

    /** What the reviewer sends; which fields an action needs is checked by the domain. */
    record ReviewRequest(ReviewAction action, String reason, List<MaterialType> returnItems, Money verifiedAmount,
                         LegalRepConfirmation legalRepConfirmation, Boolean paperDossierReceived,
                         Boolean originalsChecked, String bankReference, LocalDate paidOn, boolean seriousFraud) {

        public static ReviewRequest of(ReviewAction action) {
            return new ReviewRequest(action, null, List.of(), null, null, null, null, null, null, false);
        }
    }
}
