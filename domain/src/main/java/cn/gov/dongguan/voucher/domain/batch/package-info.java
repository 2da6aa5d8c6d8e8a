/**
 * Batches (批次) and their policy (R-BATCH-1..3): the accounting window, the submission deadline,
 * ratio, annual cap, minimum payment, budget, notice and resubmission periods, and the committed
 * allocation that freezes it all.
 */
package cn.gov.dongguan.voucher.domain.batch;
