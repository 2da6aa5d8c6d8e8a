/**
 * The applicant unit (申报单位): its registration profile as the portal sends it, its credit
 * look-up (R-ELIG-4) and its disqualification after serious fraud (R-FLOW-6). Identified by its
 * unified social credit code.
 */
package cn.gov.dongguan.voucher.domain.applicant;
