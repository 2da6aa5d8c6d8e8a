package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: an administrator announces or redefines a batch (分批申报), R-BATCH-1..2. */
public interface DefineBatchUseCase {

    UpsertResult<Batch> define(Actor actor, DefineBatchCommand command);

    /** The whole definition of a batch. */
    record DefineBatchCommand(
            BatchCode code, String title, int fundingYear, AccountingWindow window, BatchPolicy policy) {}
}
