package cn.gov.dongguan.voucher.domain.review;

/**
 * Everything that moves an application (domain.md §7). {@code OPEN, PASS, RETURN, REJECT,
 * TERMINATE, UPHOLD_OBJECTION, DISBURSE} are the review actions of the API; the portal submits,
 * resubmits and withdraws; batch operations allocate, publish the notice, report and approve; the
 * scheduler expires returned applications and ends notice periods.
 */
public enum ReviewAction {
    CREATE,
    SUBMIT,
    OPEN,
    PASS,
    RETURN,
    REJECT,
    RESUBMIT,
    EXPIRE,
    ALLOCATE,
    PUBLISH_NOTICE,
    UPHOLD_OBJECTION,
    DISMISS_OBJECTION,
    END_NOTICE,
    REPORT,
    APPROVE,
    DISBURSE,
    WITHDRAW,
    TERMINATE;

    /** Whether the action needs a reason (R-FLOW-2: reject and return; also termination and an upheld objection). */
    public boolean needsReason() {
        return this == RETURN
                || this == REJECT
                || this == TERMINATE
                || this == UPHOLD_OBJECTION
                || this == DISMISS_OBJECTION;
    }
}
