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

    /** The city government's approval of the batch's plan (the same for every application it covers), or empty before it. */
    java.util.Optional<Approval> approval(Actor actor, BatchCode code);

    /** The approval's day and document number (批复日期, 批复文号). */
    record Approval(java.time.LocalDate on, String documentNo) {}
}
