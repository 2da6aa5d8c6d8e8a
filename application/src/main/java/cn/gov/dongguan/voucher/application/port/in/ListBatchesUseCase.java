package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.List;

/** Use case: list the batches of the programme. */
public interface ListBatchesUseCase {

    List<Batch> list(Actor actor);
}
