package cn.gov.dongguan.voucher.domain.filing;

/** Things the reviewer must look at; a flag never decides an application on its own. */
public enum ApplicationFlag {
    /** An invoice is also claimed by another application: fraud review (R-CALC-3). */
    DUPLICATE_INVOICE,
    /** The claimed leases show no usage records (§8, decision: flagged, not rejected). */
    NO_USAGE_EVIDENCE,
    /** The applicant has an overdue monitoring request from an earlier funding (R-POST-1). */
    MONITORING_OVERDUE,
    /** An objection was filed during the public notice. */
    OBJECTION_FILED
}
