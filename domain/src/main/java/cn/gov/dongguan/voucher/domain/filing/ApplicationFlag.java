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
    OBJECTION_FILED,
    /** An objection of the public notice is open: the notice cannot pass until it is decided (R-OBJ-1). */
    OBJECTION_OPEN,
    /** The notice period has ended with an objection still open: it waits for the city bureau's decision (R-OBJ-1). */
    OBJECTION_PENDING,
    /** The applicant is disqualified from applying after serious fraud (R-FLOW-6). */
    APPLICANT_DISQUALIFIED
}
