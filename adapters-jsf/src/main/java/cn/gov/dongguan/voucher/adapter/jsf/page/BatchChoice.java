package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.domain.batch.Batch;
import java.util.List;

/** Which batch a page shows: the one asked for if it exists, else the first of the programme. */
final class BatchChoice {

    private BatchChoice() {}

    static String choose(String requested, List<Batch> batches) {
        if (requested != null && batches.stream().anyMatch(b -> b.code().value().equals(requested))) {
            return requested;
        }
        return batches.isEmpty() ? null : batches.get(0).code().value();
    }
}
