package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: read one batch and its policy. */
public interface GetBatchUseCase {

    Batch get(Actor actor, BatchCode code);
}
