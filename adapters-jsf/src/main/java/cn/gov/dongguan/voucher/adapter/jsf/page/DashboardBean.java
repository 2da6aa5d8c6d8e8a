package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Charts;
import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.adapter.jsf.support.TownNames;
import cn.gov.dongguan.voucher.application.port.in.DashboardUseCase;
import cn.gov.dongguan.voucher.application.port.in.DashboardUseCase.Dashboard;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSummary;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import jakarta.annotation.PostConstruct;
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

    private List<Batch> batches = List.of();
    private String batch;
    private transient Dashboard data;

    @PostConstruct
    void init() {
        batches = Feedback.attempt(() -> batchList.list(me.actor()));
        if (batches == null) {
            batches = List.of();
        }
        for (Batch b : batches) {
            Dashboard d = Feedback.attempt(() -> dashboards.dashboard(me.actor(), b.code()));
            if (d != null && d.perStage().values().stream().mapToLong(Long::longValue).sum() > 0) {
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
        if (data == null && batch != null) {
            load();
        }
        return data;
    }

    public long getTotal() {
        return getData() == null ? 0 : data.perStage().values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Map.Entry<ReviewStage, Long>> getPerStage() {
        return getData() == null ? List.of() : new ArrayList<>(data.perStage().entrySet());
    }

    public List<Map.Entry<TownCode, Long>> getPerTown() {
        return getData() == null ? List.of() : new ArrayList<>(data.perTown().entrySet());
    }

    public List<Map.Entry<ReviewStage, Long>> getQueue() {
        return getData() == null ? List.of() : new ArrayList<>(data.myQueue().entrySet());
    }

    public long getQueueTotal() {
        return getQueue().stream().mapToLong(Map.Entry::getValue).sum();
    }

    public List<ApplicationSummary> getDeadlines() {
        return getData() == null ? List.of() : data.deadlinesDue();
    }

    public String getStageChart() {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        getPerStage().forEach(e -> {
            labels.add(Texts.label("stage", e.getKey()));
            values.add(e.getValue());
        });
        return Charts.bar(labels, List.of(new Charts.Series(Texts.text("dashboard.applications"), values)), true);
    }

    public String getTownChart() {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        getPerTown().forEach(e -> {
            labels.add(towns.name(e.getKey()));
            values.add(e.getValue());
        });
        return Charts.bar(labels, List.of(new Charts.Series(Texts.text("dashboard.applications"), values)), false);
    }

    /** Budget and committed amount in 万元, one bar each. */
    public String getBudgetChart() {
        if (getData() == null) {
            return Charts.bar(List.of(), List.of(), true);
        }
        BigDecimal wan = BigDecimal.valueOf(10_000);
        return Charts.bar(List.of(Texts.text("batch.budget"), Texts.text("dashboard.committed")),
                List.of(new Charts.Series(Texts.text("unit.wanShort"), List.of(
                        data.budget().amount().divide(wan, 2, java.math.RoundingMode.HALF_UP),
                        data.committed().amount().divide(wan, 2, java.math.RoundingMode.HALF_UP)))), true);
    }
}
