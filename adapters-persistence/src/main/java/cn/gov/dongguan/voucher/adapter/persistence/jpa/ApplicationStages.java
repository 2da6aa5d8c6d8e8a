package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.util.List;

/** The groups of stages the application queries filter by, as stored (the stage's name). */
final class ApplicationStages {

    /** Stages no move leaves: the application is closed. */
    static final List<String> ENDED = List.of(
            ReviewStage.DISBURSED.name(),
            ReviewStage.REJECTED.name(),
            ReviewStage.WITHDRAWN.name(),
            ReviewStage.TERMINATED.name());
    /** Ended without a grant: what the application claimed is free again (R-CALC-3). */
    static final List<String> RELEASED =
            List.of(ReviewStage.REJECTED.name(), ReviewStage.WITHDRAWN.name(), ReviewStage.TERMINATED.name());
    /** Approved, or approved and paid: what counts against the annual cap (R-CALC-6). */
    static final List<String> GRANTED = List.of(ReviewStage.APPROVED.name(), ReviewStage.DISBURSED.name());

    private ApplicationStages() {}
}
