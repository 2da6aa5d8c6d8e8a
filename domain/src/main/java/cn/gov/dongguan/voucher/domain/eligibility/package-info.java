/**
 * Eligibility of the applicant (申报条件, R-ELIG-1..7): small named rules over the facts of one
 * application, each failure reported with its rule ID and a message.
 */
package cn.gov.dongguan.voucher.domain.eligibility;
