package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.List;
import java.util.Map;

/** Use case: the dashboard counts of ui.md page 2, scoped to the principal. */
public interface DashboardUseCase {

    Dashboard dashboard(Actor actor, BatchCode batch);

    /**
     * @param perTown empty for town officers (city roles only)
     * @param myQueue applications in the stages where the principal's role acts, by stage
     * @param deadlinesDue returned applications whose resubmission deadline falls in the next 2 days
     * @param monitoringOverdue monitoring requests overdue today (R-POST-1), the whole programme's
     *     for the city bureau, the town's for a town officer, 0 for roles that do not follow them
     */
    record Dashboard(
            Map<ReviewStage, Long> perStage,
            Map<TownCode, Long> perTown,
            Money budget,
            Money committed,
            Map<ReviewStage, Long> myQueue,
            List<ApplicationSummary> deadlinesDue,
            long monitoringOverdue) {}
}
