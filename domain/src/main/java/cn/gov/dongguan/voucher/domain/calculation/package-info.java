/**
 * The subsidy calculation (资助标准, R-CALC-1..8): a pure function from leases, policy and the
 * facts of other applications to an explained result, one line per payment and invoice.
 */
package cn.gov.dongguan.voucher.domain.calculation;
