/** Economic-operation monitoring of funded applicants (R-POST-1). */
package cn.gov.dongguan.voucher.domain.monitoring;
