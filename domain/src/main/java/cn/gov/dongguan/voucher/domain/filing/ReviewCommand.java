package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A review action with what it carries, as an officer, expert or fund manager sends it. Which
 * fields a given action needs in a given stage is checked by {@link Application#act}; the rest are
 * ignored.
 *
 * @param eligibility the current eligibility result; passing the eligibility check needs it eligible
 * @param eligibleExpense the current eligible expense E, the upper bound of the verified amount (R-FLOW-5)
 * @param originalsChecked originals compared with the copies at final review (R-FLOW-9)
 * @param seriousFraud with TERMINATE: also disqualify the applicant (R-FLOW-6)
 */
public record ReviewCommand(ReviewAction action, String reason, List<MaterialType> returnItems,
                            Money verifiedAmount, LegalRepConfirmation legalRepConfirmation,
                            Boolean paperDossierReceived, Boolean originalsChecked, String bankReference,
                            LocalDate paidOn, boolean seriousFraud, EligibilityResult eligibility,
                            Money eligibleExpense) {

    public ReviewCommand {
        returnItems = returnItems == null ? List.of() : List.copyOf(returnItems);
    }

    public static ReviewCommand of(ReviewAction action) {
        return new ReviewCommand(action, null, null, null, null, null, null, null, null, false, null, null);
    }

    public ReviewCommand withReason(String text) {
        return new ReviewCommand(action, text, returnItems, verifiedAmount, legalRepConfirmation, paperDossierReceived,
                originalsChecked, bankReference, paidOn, seriousFraud, eligibility, eligibleExpense);
    }

    public ReviewCommand withReturnItems(List<MaterialType> items) {
        return new ReviewCommand(action, reason, items, verifiedAmount, legalRepConfirmation, paperDossierReceived,
                originalsChecked, bankReference, paidOn, seriousFraud, eligibility, eligibleExpense);
    }

    public ReviewCommand withFinalReview(Money verified, LegalRepConfirmation confirmation, Boolean originals,
                                         Money expense) {
        return new ReviewCommand(action, reason, returnItems, verified, confirmation, paperDossierReceived, originals,
                bankReference, paidOn, seriousFraud, eligibility, expense);
    }

    public ReviewCommand withPaperDossierReceived(Boolean received) {
        return new ReviewCommand(action, reason, returnItems, verifiedAmount, legalRepConfirmation, received,
                originalsChecked, bankReference, paidOn, seriousFraud, eligibility, eligibleExpense);
    }

    public ReviewCommand withDisbursement(String reference, LocalDate on) {
        return new ReviewCommand(action, reason, returnItems, verifiedAmount, legalRepConfirmation, paperDossierReceived,
                originalsChecked, reference, on, seriousFraud, eligibility, eligibleExpense);
    }

    public ReviewCommand withSeriousFraud(boolean serious) {
        return new ReviewCommand(action, reason, returnItems, verifiedAmount, legalRepConfirmation, paperDossierReceived,
                originalsChecked, bankReference, paidOn, serious, eligibility, eligibleExpense);
    }

    public ReviewCommand withEligibility(EligibilityResult result) {
        return new ReviewCommand(action, reason, returnItems, verifiedAmount, legalRepConfirmation, paperDossierReceived,
                originalsChecked, bankReference, paidOn, seriousFraud, result, eligibleExpense);
    }
}
