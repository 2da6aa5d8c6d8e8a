package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import java.util.function.Consumer;

/** The applications awaiting allocation in a batch, projected and streamed by the store (R-CALC-9). */
public interface AllocationSourcePort {

    /** In order of complete submission (ties by id), in chunks: no aggregate is loaded and no list of all is held. */
    void streamAwaitingAllocation(BatchCode batch, int fundingYear, Consumer<AllocationSource> sink);
}
