package cn.gov.dongguan.voucher.application.port.in;

/** The columns a list may be sorted by: an allow-list, never a caller's text in a query. */
public enum ApplicationSort {
    CREATED_AT,
    UPDATED_AT,
    SUBSIDY,
    APPLICANT_NAME
}
