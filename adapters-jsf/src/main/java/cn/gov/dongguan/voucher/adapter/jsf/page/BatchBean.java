package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Charts;
import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.Fmt;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.application.port.in.BatchStepResult;
import cn.gov.dongguan.voucher.application.port.in.ChangeBatchPolicyUseCase;
import cn.gov.dongguan.voucher.application.port.in.CommitAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ExportBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.ExportBatchUseCase.DisbursementRow;
import cn.gov.dongguan.voucher.application.port.in.GetBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.application.port.in.PublishNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.RecordApprovalUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReportPlanUseCase;
import cn.gov.dongguan.voucher.application.port.in.SimulateAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSummary;
import cn.gov.dongguan.voucher.domain.allocation.AllocationOutcome;
import cn.gov.dongguan.voucher.domain.allocation.AllocationRow;
import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Page 5, a batch: its policy (edited by the fund manager until allocation is committed), the
 * allocation simulation of RATIO, CAP and FIRST_COME side by side with a chart, the commitment
 * (confirmed first), the public notice, the report, the government's approval and the
 * disbursement list. Each step is the use case's; this page only asks and shows.
 */
@Named("batchPage")
@ViewScoped
public class BatchBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser me;
    @Inject
    ListBatchesUseCase batchList;
    @Inject
    GetBatchUseCase batches;
    @Inject
    ChangeBatchPolicyUseCase policies;
    @Inject
    SimulateAllocationUseCase simulations;
    @Inject
    CommitAllocationUseCase commitments;
    @Inject
    PublishNoticeUseCase notices;
    @Inject
    ReportPlanUseCase reports;
    @Inject
    RecordApprovalUseCase approvals;
    @Inject
    ExportBatchUseCase exports;
    @Inject
    Fmt fmt;

    private String code;
    private List<Batch> all = List.of();
    private transient Batch batch;
    private transient AllocationSimulation simulation;
    private transient List<DisbursementRow> disbursement;
    private transient List<ApplicationSummary> plan;

    private BigDecimal ratioPercent;
    private BigDecimal annualCap;
    private BigDecimal budget;
    private BigDecimal minimumPayment;
    private LocalDateTime submissionDeadline;
    private Integer noticePeriodDays;
    private Integer resubmitDays;
    private AllocationMode mode = AllocationMode.RATIO;
    private LocalDate approvedOn;
    private String documentNo;

    @PostConstruct
    void init() {
        List<Batch> found = Feedback.attempt(() -> batchList.list(me.actor()));
        all = found == null ? List.of() : found;
    }

    /** Loads the batch named by the {@code code} parameter (or the first one). */
    public void load() {
        code = BatchChoice.choose(code, all);
        batch = code == null ? null : Feedback.attempt(() -> batches.get(me.actor(), BatchCode.of(code)));
        simulation = null;
        disbursement = null;
        plan = null;
        if (batch != null) {
            BatchPolicy p = batch.policy();
            ratioPercent = p.ratio().value().movePointRight(2);
            annualCap = p.annualCap().amount();
            budget = p.budget().amount();
            minimumPayment = p.minimumPayment().amount();
            submissionDeadline = p.submissionDeadline() == null ? null
                    : LocalDateTime.ofInstant(p.submissionDeadline(), Fmt.SHANGHAI);
            noticePeriodDays = p.noticePeriodDays();
            resubmitDays = p.resubmitDays();
        }
    }

    public void savePolicy() {
        BigDecimal ratio = ratioPercent == null ? null : ratioPercent.movePointLeft(2);
        Batch changed = Feedback.attempt(() -> policies.change(me.actor(), BatchCode.of(code), new PolicyChange(
                ratio == null ? null : Ratio.of(ratio.stripTrailingZeros().toPlainString()),
                annualCap == null ? null : Money.of(annualCap), budget == null ? null : Money.of(budget),
                minimumPayment == null ? null : Money.of(minimumPayment),
                submissionDeadline == null ? null : submissionDeadline.atZone(Fmt.SHANGHAI).toInstant(),
                noticePeriodDays, resubmitDays)));
        if (changed != null) {
            Texts.info("batch.policySaved");
            load();
        }
    }

    public void simulate() {
        simulation = Feedback.attempt(() -> simulations.simulate(me.actor(), BatchCode.of(code)));
    }

    public void commit() {
        var done = Feedback.attempt(() -> commitments.commit(me.actor(), BatchCode.of(code), mode));
        if (done != null) {
            Texts.info("batch.committed", Texts.label("mode", mode), fmt.money(done.total()));
            load();
        }
    }

    public void publishNotice() {
        step(Feedback.attempt(() -> notices.publish(me.actor(), BatchCode.of(code))));
    }

    public void report() {
        step(Feedback.attempt(() -> reports.report(me.actor(), BatchCode.of(code))));
    }

    public void approve() {
        step(Feedback.attempt(() -> approvals.approve(me.actor(), BatchCode.of(code), approvedOn, documentNo)));
    }

    private void step(BatchStepResult result) {
        if (result != null) {
            Texts.info("batch.stepDone", result.moved(), Texts.label("stage", result.to()));
            load();
        }
    }

    public void loadDisbursement() {
        disbursement = Feedback.attempt(() -> exports.disbursement(me.actor(), BatchCode.of(code)));
    }

    public void loadPlan() {
        plan = Feedback.attempt(() -> exports.plan(me.actor(), BatchCode.of(code)));
    }

    // ---- the simulation side by side

    public AllocationSimulation getSimulation() {
        return simulation;
    }

    public List<AllocationOutcome> getOutcomes() {
        return simulation == null ? List.of() : List.of(simulation.ratio(), simulation.cap(), simulation.firstCome());
    }

    /** One row per application: what it asks and what each mode gives it. */
    public List<SimulationRow> getSimulationRows() {
        if (simulation == null) {
            return List.of();
        }
        Map<ApplicationId, SimulationRow> rows = new LinkedHashMap<>();
        for (AllocationRow r : simulation.ratio().rows()) {
            rows.put(r.applicationId(), new SimulationRow(r.applicationId().toString(), r.name(), r.uscc().value(),
                    r.requested(), r.allocated(), null, null));
        }
        for (AllocationRow r : simulation.cap().rows()) {
            rows.computeIfPresent(r.applicationId(), (k, v) -> v.withCap(r.allocated()));
        }
        for (AllocationRow r : simulation.firstCome().rows()) {
            rows.computeIfPresent(r.applicationId(), (k, v) -> v.withFirstCome(r.allocated()));
        }
        return new ArrayList<>(rows.values());
    }

    /** An application's request and allocation under each mode. */
    public record SimulationRow(String id, String name, String uscc, Money requested, Money ratio, Money cap,
                                Money firstCome) implements Serializable {

        SimulationRow withCap(Money amount) {
            return new SimulationRow(id, name, uscc, requested, ratio, amount, firstCome);
        }

        SimulationRow withFirstCome(Money amount) {
            return new SimulationRow(id, name, uscc, requested, ratio, cap, amount);
        }
    }

    /** Requested, budget and each mode's total, in 万元. */
    public String getSimulationChart() {
        if (simulation == null) {
            return Charts.bar(List.of(), List.of(), false);
        }
        List<String> labels = List.of(Texts.text("batch.requested"), Texts.text("batch.budget"),
                Texts.label("mode", AllocationMode.RATIO), Texts.label("mode", AllocationMode.CAP),
                Texts.label("mode", AllocationMode.FIRST_COME));
        List<BigDecimal> values = List.of(wan(simulation.requested()), wan(simulation.budget()),
                wan(simulation.ratio().total()), wan(simulation.cap().total()), wan(simulation.firstCome().total()));
        return Charts.bar(labels, List.of(new Charts.Series(Texts.text("unit.wanShort"), values)), false);
    }

    private static BigDecimal wan(Money money) {
        return money.amount().divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    // ---- getters and setters

    public Batch getBatch() {
        return batch;
    }

    public List<Batch> getAll() {
        return all;
    }

    public AllocationMode[] getModes() {
        return AllocationMode.values();
    }

    public List<DisbursementRow> getDisbursement() {
        return disbursement;
    }

    public List<ApplicationSummary> getPlan() {
        return plan;
    }

    public String account(DisbursementRow row) {
        return me.isSeesAccountNumbers() ? row.accountNumber().value() : row.accountNumber().masked();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BigDecimal getRatioPercent() {
        return ratioPercent;
    }

    public void setRatioPercent(BigDecimal ratioPercent) {
        this.ratioPercent = ratioPercent;
    }

    public BigDecimal getAnnualCap() {
        return annualCap;
    }

    public void setAnnualCap(BigDecimal annualCap) {
        this.annualCap = annualCap;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getMinimumPayment() {
        return minimumPayment;
    }

    public void setMinimumPayment(BigDecimal minimumPayment) {
        this.minimumPayment = minimumPayment;
    }

    public LocalDateTime getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDateTime submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public Integer getNoticePeriodDays() {
        return noticePeriodDays;
    }

    public void setNoticePeriodDays(Integer noticePeriodDays) {
        this.noticePeriodDays = noticePeriodDays;
    }

    public Integer getResubmitDays() {
        return resubmitDays;
    }

    public void setResubmitDays(Integer resubmitDays) {
        this.resubmitDays = resubmitDays;
    }

    public AllocationMode getMode() {
        return mode;
    }

    public void setMode(AllocationMode mode) {
        this.mode = mode;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public void setDocumentNo(String documentNo) {
        this.documentNo = documentNo;
    }
}
