package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: the fund manager changes policy values until allocation is committed (R-BATCH-2). */
public interface ChangeBatchPolicyUseCase {

    Batch change(Actor actor, BatchCode code, PolicyChange change);
}
