/**
 * Budget allocation (R-CALC-9): when the batch's requests exceed its budget, the three modes
 * RATIO, CAP and FIRST_COME are simulated side by side before the fund manager commits one.
 */
package cn.gov.dongguan.voucher.domain.allocation;
