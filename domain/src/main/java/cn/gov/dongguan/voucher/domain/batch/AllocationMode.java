package cn.gov.dongguan.voucher.domain.batch;

/** How the budget is shared when requests exceed it (R-CALC-9). */
public enum AllocationMode {
    /** The highest uniform ratio that fits the budget. */
    RATIO,
    /** The highest uniform cap per applicant that fits the budget. */
    CAP,
    /** Full subsidy in order of complete submission while the budget lasts. */
    FIRST_COME
}
