package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import java.util.List;
import java.util.Optional;

/** Stores batches and their policy. */
public interface BatchPort {

    Optional<Batch> find(BatchCode code);

    /** Reads the batch and locks it until the transaction ends (for allocation and policy changes). */
    Optional<Batch> findForUpdate(BatchCode code);

    List<Batch> findAll();

    void save(Batch batch);
}
