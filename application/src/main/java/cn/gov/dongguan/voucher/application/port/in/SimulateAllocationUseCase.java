package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: simulate RATIO, CAP and FIRST_COME side by side for a batch (R-CALC-9). */
public interface SimulateAllocationUseCase {

    AllocationSimulation simulate(Actor actor, BatchCode code);
}
