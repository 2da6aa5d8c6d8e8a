package cn.gov.dongguan.voucher.domain.review;

/** Where an application stands in the pipeline (domain.md §7). */
public enum ReviewStage {
    DRAFT,
    SUBMITTED,
    ELIGIBILITY_CHECK,
    FORMAL_REVIEW,
    RETURNED,
    TOWN_REVIEW,
    FINAL_REVIEW,
    AWAITING_ALLOCATION,
    ALLOCATED,
    PUBLIC_NOTICE,
    NOTICE_PASSED,
    REPORTED,
    APPROVED,
    DISBURSED,
    REJECTED,
    WITHDRAWN,
    TERMINATED;

    /** An ended application takes no further action and no longer blocks a new one (R-FLOW-8). */
    public boolean isEnded() {
        return this == DISBURSED || this == REJECTED || this == WITHDRAWN || this == TERMINATED;
    }

    /** Before {@code APPROVED} and not ended: the portal may still withdraw it. */
    public boolean isWithdrawable() {
        return !isEnded() && ordinal() < APPROVED.ordinal();
    }

    /**
     * Under review: submitted and not yet approved or ended. Suspected fraud may end the review in
     * any of these stages (R-FLOW-6). Decision: "any review stage" of §7 is read as every stage from
     * {@code SUBMITTED} up to {@code REPORTED}, returned applications included.
     */
    public boolean isUnderReview() {
        return isWithdrawable() && this != DRAFT;
    }
}
