package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: read one batch and its policy. */
public interface GetBatchUseCase {

    Batch get(Actor actor, BatchCode code);

    /**
     * When the batch's public notice ends (the applications on notice were published together), or
     * empty while none is on notice; read as a fact of the batch, not as a view of an application.
     */
    java.util.Optional<java.time.Instant> noticeEnd(Actor actor, BatchCode code);
}
