/**
 * Compute leases (算力租赁合同/订单) as the compute platform pushes them: the order and contract,
 * the provider and its designated account, the payments and invoices, the platform seal, other
 * fiscal funding (R-CALC-1..4), and the usage-metering records that prove the compute was used.
 */
package cn.gov.dongguan.voucher.domain.lease;
