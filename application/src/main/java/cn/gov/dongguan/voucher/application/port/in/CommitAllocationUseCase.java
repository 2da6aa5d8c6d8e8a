package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.AllocationCommitment;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.Actor;

/**
 * Use case: the fund manager commits one allocation mode: every application awaiting allocation
 * gets its amount and moves to ALLOCATED, and the batch policy is frozen (R-CALC-9, R-BATCH-2).
 */
public interface CommitAllocationUseCase {

    AllocationCommitment commit(Actor actor, BatchCode code, AllocationMode mode);
}
