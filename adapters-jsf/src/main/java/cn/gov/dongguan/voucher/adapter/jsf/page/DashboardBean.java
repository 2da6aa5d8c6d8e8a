package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Charts;
import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.adapter.jsf.support.TownNames;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.DashboardUseCase;
import cn.gov.dongguan.voucher.application.port.in.DashboardUseCase.Dashboard;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Page 2, the dashboard: applications per stage and (city roles) per town, the budget against what
 * is committed, the user's work queue and the return deadlines of the next two days, for one batch.
 * On the first visit it shows the first batch that has applications the user may see.
 */
@Named("dashboard")
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser me;

    @Inject
    DashboardUseCase dashboards;

    @Inject
    ListBatchesUseCase batchList;

    @Inject
    TownNames towns;

    @Inject
    cn.gov.dongguan.voucher.application.port.in.WorkQueueUseCase queues;

    private List<Batch> batches = List.of();
    private String batch;
    private transient Dashboard data;

    /** Loads the page (a view action: refusals are shown before the page renders). */
    public void init() {
        batches = Feedback.attempt(() -> batchList.list(me.actor()));
        if (batches == null) {
            batches = List.of();
        }
        for (Batch b : batches) {
            Dashboard d = Feedback.attempt(() -> dashboards.dashboard(me.actor(), b.code()));
            if (d != null
                    && d.perStage().values().stream().mapToLong(Long::longValue).sum() > 0) {
                batch = b.code().value();
                data = d;
                return;
            }
        }
        batch = BatchChoice.choose(null, batches);
        load();
    }

    public void load() {
        data = batch == null ? null : Feedback.attempt(() -> dashboards.dashboard(me.actor(), BatchCode.of(batch)));
    }

    public List<Batch> getBatches() {
        return batches;
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }

    public Dashboard getData() {
        return data;
    }

    public long getTotal() {
        return getData() == null
                ? 0
                : data.perStage().values().stream().mapToLong(Long::longValue).sum();
    }

    /** A count beside its stage or town, for the tables next to the charts. */
    public record Count(String key, String label, long count) implements Serializable {}

    public List<Count> getPerStage() {
        return getData() == null ? List.of() : stages(data.perStage());
    }

    public List<Count> getPerTown() {
        List<Count> rows = new ArrayList<>();
        if (getData() != null) {
            data.perTown().forEach((town, n) -> rows.add(new Count(town.value(), towns.name(town), n)));
        }
        return rows;
    }

    public List<Count> getQueue() {
        return getData() == null ? List.of() : stages(data.myQueue());
    }

    /**
     * Where a count of the queue leads: the 待办 list of the stage for decisions taken one application
     * at a time, the batch page for the steps of the whole batch (allocation, notice, report, approval).
     */
    public String target(Count count) {
        boolean perCase =
                queues.workStages(me.actor()).stream().anyMatch(s -> s.name().equals(count.key()));
        return perCase ? "/ui/queue" : "/ui/batch";
    }

    private static List<Count> stages(Map<ReviewStage, Long> counts) {
        List<Count> rows = new ArrayList<>();
        counts.forEach((stage, n) -> rows.add(new Count(stage.name(), Texts.label("stage", stage), n)));
        return rows;
    }

    public long getQueueTotal() {
        return getQueue().stream().mapToLong(Count::count).sum();
    }

    public List<ApplicationSummary> getDeadlines() {
        return getData() == null ? List.of() : data.deadlinesDue();
    }

    public String getStageChart() {
        return chartOf(getPerStage());
    }

    public String getTownChart() {
        return chartOf(getPerTown());
    }

    private static String chartOf(List<Count> counts) {
        return Charts.counts(
                counts.stream().map(Count::label).toList(),
                List.of(new Charts.Series(
                        Texts.text("dashboard.applications"),
                        counts.stream().map(Count::count).toList())));
    }

    /** Budget and committed amount in 万元, one bar each. */
    public String getBudgetChart() {
        if (getData() == null) {
            return Charts.bar(List.of(), List.of(), true);
        }
        BigDecimal wan = BigDecimal.valueOf(10_000);
        return Charts.bar(
                List.of(Texts.text("batch.budget"), Texts.text("dashboard.committed")),
                List.of(new Charts.Series(
                        Texts.text("unit.wanShort"),
                        List.of(
                                data.budget().amount().divide(wan, 2, java.math.RoundingMode.HALF_UP),
                                data.committed().amount().divide(wan, 2, java.math.RoundingMode.HALF_UP)))),
                true);
    }
}
