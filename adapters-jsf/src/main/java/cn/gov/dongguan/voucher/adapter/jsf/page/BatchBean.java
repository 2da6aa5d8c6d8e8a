package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Charts;
import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.Fmt;
import cn.gov.dongguan.voucher.adapter.jsf.support.Pages;
import cn.gov.dongguan.voucher.adapter.jsf.support.Sheets;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
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
import cn.gov.dongguan.voucher.domain.allocation.AllocationOutcome;
import cn.gov.dongguan.voucher.domain.allocation.AllocationRow;
import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
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
import org.primefaces.model.StreamedContent;

/**
 * Page 5, a batch: its policy (edited by the fund manager until allocation is committed), the
 * allocation simulation of RATIO, CAP and FIRST_COME side by side with a chart, the commitment
 * (confirmed first), the public notice, the report, the government's approval and the
 * disbursement list. Each step is the use case's; this page only asks and shows.
 */
@Named("batchPage")
@ViewScoped
public class BatchBean implements Serializable {

    private transient PolicyChange pendingPolicy;
    private List<String> pendingChanges = List.of();
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

    @Inject
    cn.gov.dongguan.voucher.adapter.jsf.support.TownNames towns;

    @Inject
    cn.gov.dongguan.voucher.application.port.in.DashboardUseCase dashboards;

    private String code;
    private List<Batch> all = List.of();
    private transient Batch batch;
    private transient AllocationSimulation simulation;
    private transient List<SimulationRow> simulationRows;
    private transient List<DisbursementRow> disbursement;
    private transient List<ApplicationSummary> plan;
    /** The 公示名单 as it will be published, shown before publishing. */
    private transient List<ApplicationSummary> noticePreview;

    private BigDecimal ratioPercent;
    private BigDecimal annualCap;
    private BigDecimal budget;
    private BigDecimal minimumPayment;
    private LocalDateTime submissionDeadline;
    private Integer noticePeriodDays;
    private Integer resubmitDays;
    private Integer creditCheckMaxAgeDays;
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
        steps = batch == null ? List.of() : steps();
        simulation = null;
        disbursement = null;
        plan = null;
        if (batch != null) {
            BatchPolicy p = batch.policy();
            ratioPercent = p.ratio().value().movePointRight(2);
            annualCap = p.annualCap().amount();
            budget = p.budget().amount();
            minimumPayment = p.minimumPayment().amount();
            submissionDeadline = p.submissionDeadline() == null
                    ? null
                    : LocalDateTime.ofInstant(p.submissionDeadline(), Fmt.SHANGHAI);
            noticePeriodDays = p.noticePeriodDays();
            resubmitDays = p.resubmitDays();
            creditCheckMaxAgeDays = p.creditCheckMaxAgeDays();
        }
    }

    // ---- the batch as a stepper: 资金安排 → 公示 → 公示期满 → 上报 → 批复 → 拨付 (issue 11)

    /** One step of the batch's way: done, current (the next thing to do, or running) or still to come. */
    public record Step(String label, String state, String detail) implements Serializable {}

    /** The stages the batch-wide steps move the funded applications through, in order. */
    private static final List<ReviewStage> WAY = List.of(
            ReviewStage.ALLOCATED,
            ReviewStage.PUBLIC_NOTICE,
            ReviewStage.NOTICE_PASSED,
            ReviewStage.REPORTED,
            ReviewStage.APPROVED,
            ReviewStage.DISBURSED);

    private transient List<Step> steps = List.of();
    /** The lowest stage of the way that still holds applications; null before allocation or when all are paid. */
    private ReviewStage at;

    private List<Step> steps() {
        var dashboard = Feedback.attempt(() -> dashboards.dashboard(me.actor(), BatchCode.of(code)));
        Map<ReviewStage, Long> counts = dashboard == null ? Map.of() : dashboard.perStage();
        long onTheWay =
                WAY.stream().mapToLong(st -> counts.getOrDefault(st, 0L)).sum();
        at = WAY.stream()
                .filter(st -> st != ReviewStage.DISBURSED && counts.getOrDefault(st, 0L) > 0)
                .findFirst()
                .orElse(null);
        int position = at == null ? (batch.isAllocationCommitted() && onTheWay > 0 ? WAY.size() : -1) : WAY.indexOf(at);
        List<Step> result = new ArrayList<>();
        result.add(new Step(
                Texts.text("step.allocation"),
                batch.isAllocationCommitted() ? "done" : "current",
                batch.allocation().map(a -> fmt.money(a.total())).orElse(Texts.text("step.allocationTodo"))));
        String[] labels = {"step.notice", "step.noticePassed", "step.report", "step.approval", "step.payment"};
        for (int k = 0; k < labels.length; k++) {
            int stageIndex = k + 1;
            String state = stepState(stageIndex, position);
            result.add(new Step(Texts.text(labels[k]), state, stepDetail(k, counts, onTheWay)));
        }
        return List.copyOf(result);
    }

    /**
     * A step is done once the batch is past its stage; the public notice is current while it runs;
     * otherwise the step after the batch's stage is the current one (the next thing to do).
     */
    private String stepState(int stageIndex, int position) {
        if (!batch.isAllocationCommitted() || position < 0) {
            return "todo";
        }
        if (position >= WAY.size() || stageIndex < position) {
            return "done";
        }
        boolean onNotice = position < WAY.size() && WAY.get(position) == ReviewStage.PUBLIC_NOTICE;
        if (stageIndex == position) {
            return onNotice ? "current" : "done";
        }
        if (stageIndex == position + 1) {
            return onNotice ? "todo" : "current";
        }
        return "todo";
    }

    private String stepDetail(int k, Map<ReviewStage, Long> counts, long onTheWay) {
        if (k == 0 && counts.getOrDefault(ReviewStage.PUBLIC_NOTICE, 0L) > 0) {
            return noticeEnd()
                    .map(end -> Texts.text("step.noticeEnds", fmt.dateTime(end)))
                    .orElse("");
        }
        if (k == 3
                && counts.getOrDefault(ReviewStage.APPROVED, 0L) + counts.getOrDefault(ReviewStage.DISBURSED, 0L) > 0) {
            // the approval as recorded: its document number and day, not an empty form
            var approval = Feedback.attempt(() -> batches.approval(me.actor(), BatchCode.of(code)));
            return approval == null
                    ? ""
                    : approval.map(a -> Texts.text("step.approved", a.documentNo(), fmt.date(a.on())))
                            .orElse("");
        }
        if (k == 4 && onTheWay > 0) {
            return Texts.text(
                    "step.paid",
                    counts.getOrDefault(ReviewStage.DISBURSED, 0L),
                    counts.getOrDefault(ReviewStage.APPROVED, 0L) + counts.getOrDefault(ReviewStage.DISBURSED, 0L));
        }
        return "";
    }

    /** When the public notice ends (the batch's applications on notice were published together). */
    private java.util.Optional<java.time.Instant> noticeEnd() {
        var end = Feedback.attempt(() -> batches.noticeEnd(me.actor(), BatchCode.of(code)));
        return end == null ? java.util.Optional.empty() : end;
    }

    public List<Step> getSteps() {
        return steps == null ? List.of() : steps;
    }

    /** Payments are registered once the government approved the plan (拨付 is the current step). */
    public boolean isPayable() {
        return at == ReviewStage.APPROVED;
    }

    /** Only the next step is offered: the notice once allocated, the report once the notice has passed, the approval once reported. */
    public boolean isCanPublish() {
        return at == ReviewStage.ALLOCATED;
    }

    public boolean isCanReport() {
        return at == ReviewStage.NOTICE_PASSED;
    }

    public boolean isCanApprove() {
        return at == ReviewStage.REPORTED;
    }

    /** The fund manager edits the policy until allocation is committed (R-BATCH-2). */
    public boolean isPolicyEditable() {
        return me.isFundManager() && batch != null && !batch.isAllocationCommitted();
    }

    /** Sends only the values the user changed: a value shown and saved again is no change (and no audit entry). */
    /** The policy form's inputs by the policy's field names, for messages next to the field. */
    private static final Map<String, String> POLICY_FIELDS = Map.of(
            "ratio",
            "policy:ratio",
            "annualCap",
            "policy:cap",
            "budget",
            "policy:budget",
            "minimumPayment",
            "policy:minimum",
            "submissionDeadline",
            "policy:deadline",
            "noticePeriodDays",
            "policy:notice",
            "resubmitDays",
            "policy:resubmit",
            "creditCheckMaxAgeDays",
            "policy:creditAge");

    /**
     * First step of saving the policy: the values typed are checked as the policy would hold them
     * (a value out of range is refused next to its field, nothing is altered and nothing saved), and
     * the changes are shown old → new to be confirmed ({@link #confirmPolicy}).
     */
    public void savePolicy() {
        pendingPolicy = null;
        pendingChanges = List.of();
        if (batch == null) {
            return;
        }
        BatchPolicy p = batch.policy();
        PolicyChange change = Feedback.attempt(() -> policyChange(p), POLICY_FIELDS);
        if (change == null) {
            return;
        }
        if (change.isEmpty()) {
            Texts.info("batch.nothingChanged");
            return;
        }
        BatchPolicy after = Feedback.attempt(() -> p.with(change), POLICY_FIELDS);
        if (after == null) {
            return;
        }
        pendingPolicy = change;
        pendingChanges = changes(p, after);
    }

    /** Second step: the confirmed change is saved; the page then says what changed. */
    public void confirmPolicy() {
        if (pendingPolicy == null || batch == null) {
            return;
        }
        PolicyChange change = pendingPolicy;
        List<String> described = pendingChanges;
        pendingPolicy = null;
        pendingChanges = List.of();
        Batch changed = Feedback.attempt(() -> policies.change(me.actor(), BatchCode.of(code), change), POLICY_FIELDS);
        if (changed != null) {
            Texts.info("batch.policySaved", String.join(Texts.text("list.separator"), described));
            reopen();
        }
    }

    public void cancelPolicy() {
        pendingPolicy = null;
        pendingChanges = List.of();
        load();
    }

    private PolicyChange policyChange(BatchPolicy p) {
        BigDecimal ratio = ratioPercent == null ? null : ratioPercent.movePointLeft(2);
        Ratio newRatio = ratio == null || ratio.compareTo(p.ratio().value()) == 0
                ? null
                : Ratio.of(ratio.stripTrailingZeros().toPlainString());
        Money newCap = changed(annualCap, p.annualCap());
        Money newBudget = changed(budget, p.budget());
        Money newMinimum = changed(minimumPayment, p.minimumPayment());
        java.time.Instant shown = p.submissionDeadline() == null
                ? null
                : p.submissionDeadline().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        java.time.Instant deadline = submissionDeadline == null
                ? null
                : submissionDeadline.atZone(Fmt.SHANGHAI).toInstant();
        java.time.Instant newDeadline = deadline == null || deadline.equals(shown) ? null : deadline;
        Integer newNotice =
                noticePeriodDays == null || noticePeriodDays == p.noticePeriodDays() ? null : noticePeriodDays;
        Integer newResubmit = resubmitDays == null || resubmitDays == p.resubmitDays() ? null : resubmitDays;
        Integer newCreditAge = creditCheckMaxAgeDays == null || creditCheckMaxAgeDays == p.creditCheckMaxAgeDays()
                ? null
                : creditCheckMaxAgeDays;
        return new PolicyChange(
                newRatio, newCap, newBudget, newMinimum, newDeadline, newNotice, newResubmit, newCreditAge);
    }

    /** Each changed value as "资助比例：50.00% → 40.00%". */
    private List<String> changes(BatchPolicy before, BatchPolicy after) {
        List<String> lines = new ArrayList<>();
        change(lines, "batch.ratio", fmt.percent(before.ratio()), fmt.percent(after.ratio()));
        change(lines, "batch.cap", fmt.money(before.annualCap()), fmt.money(after.annualCap()));
        change(lines, "batch.budget", fmt.money(before.budget()), fmt.money(after.budget()));
        change(lines, "batch.minimum", fmt.money(before.minimumPayment()), fmt.money(after.minimumPayment()));
        change(
                lines,
                "batch.deadline",
                fmt.dateTime(before.submissionDeadline()),
                fmt.dateTime(after.submissionDeadline()));
        change(
                lines,
                "batch.noticeDays",
                Integer.toString(before.noticePeriodDays()),
                Integer.toString(after.noticePeriodDays()));
        change(
                lines,
                "batch.resubmitDays",
                Integer.toString(before.resubmitDays()),
                Integer.toString(after.resubmitDays()));
        change(
                lines,
                "batch.creditCheckMaxAgeDays",
                Integer.toString(before.creditCheckMaxAgeDays()),
                Integer.toString(after.creditCheckMaxAgeDays()));
        return List.copyOf(lines);
    }

    private static void change(List<String> lines, String label, String before, String after) {
        if (!before.equals(after)) {
            lines.add(Texts.text("batch.change", Texts.text(label), before, after));
        }
    }

    public boolean isPolicyPending() {
        return pendingPolicy != null;
    }

    public List<String> getPendingChanges() {
        return pendingChanges;
    }

    private static Money changed(BigDecimal shown, Money current) {
        return shown == null || shown.compareTo(current.amount()) == 0 ? null : Money.of(shown);
    }

    public void simulate() {
        simulation = Feedback.attempt(() -> simulations.simulate(me.actor(), BatchCode.of(code)));
        simulationRows = simulation == null ? List.of() : rowsOf(simulation);
    }

    public void commit() {
        var done = Feedback.attempt(() -> commitments.commit(me.actor(), BatchCode.of(code), mode));
        if (done != null) {
            Texts.info("batch.committed", Texts.label("mode", mode), fmt.money(done.total()));
            reopen();
        }
    }

    public void publishNotice() {
        step(Feedback.attempt(() -> notices.publish(me.actor(), BatchCode.of(code))));
    }

    public void report() {
        step(Feedback.attempt(() -> reports.report(me.actor(), BatchCode.of(code))));
    }

    public void approve() {
        step(Feedback.attempt(
                () -> approvals.approve(me.actor(), BatchCode.of(code), approvedOn, documentNo),
                Map.of("approvedOn", "steps:approvedOn", "documentNo", "steps:docNo")));
    }

    private void step(BatchStepResult result) {
        if (result != null) {
            Texts.info("batch.stepDone", result.moved(), Texts.label("stage", result.to()));
            reopen();
        }
    }

    /** Shows the batch chosen in the selector. */
    public void open() {
        reopen();
    }

    /** Post-redirect-get: the page again with the batch's new state (its code is the view parameter). */
    private void reopen() {
        Pages.showAgain();
    }

    public void loadDisbursement() {
        disbursement = Feedback.attempt(() -> exports.disbursement(me.actor(), BatchCode.of(code)));
    }

    /** The list the notice will publish (the applications allocated), before it is published. */
    public void previewNotice() {
        List<ApplicationSummary> rows = Feedback.attempt(() -> exports.plan(me.actor(), BatchCode.of(code)));
        noticePreview = rows == null
                ? null
                : rows.stream().filter(r -> r.stage() == ReviewStage.ALLOCATED).toList();
    }

    public List<ApplicationSummary> getNoticePreview() {
        return noticePreview;
    }

    /** The total the notice will publish. */
    public String getNoticePreviewTotal() {
        if (noticePreview == null) {
            return "";
        }
        Money total = noticePreview.stream()
                .map(ApplicationSummary::allocatedAmount)
                .filter(java.util.Objects::nonNull)
                .reduce(Money.ZERO, Money::plus);
        return Texts.text("batch.noticeTotal", noticePreview.size(), fmt.money(total));
    }

    /** The 公示名单 as xlsx before publishing: what the public will read (name, USCC, town, amount), nothing personal. */
    public StreamedContent getNoticeExport() {
        return xlsx(
                "notice-preview-" + code + ".xlsx",
                Texts.text("batch.noticeList"),
                List.of(
                        Texts.text("col.applicant"),
                        Texts.text("col.uscc"),
                        Texts.text("col.town"),
                        Texts.text("batch.noticeAmount")),
                () -> exports.plan(me.actor(), BatchCode.of(code)).stream()
                        .filter(r -> r.stage() == ReviewStage.ALLOCATED || r.stage() == ReviewStage.PUBLIC_NOTICE)
                        .map(r -> List.<Object>of(
                                r.applicantName(),
                                r.uscc().value(),
                                towns.name(r.town()),
                                r.allocatedAmount() == null ? "" : r.allocatedAmount()))
                        .toList());
    }

    public void loadPlan() {
        plan = Feedback.attempt(() -> exports.plan(me.actor(), BatchCode.of(code)));
    }

    /** The funding plan as xlsx (city bureau, fund manager). */
    public StreamedContent getPlanExport() {
        return xlsx(
                "plan-" + code + ".xlsx",
                Texts.text("batch.plan"),
                List.of(
                        Texts.text("col.id"),
                        Texts.text("col.applicant"),
                        Texts.text("col.uscc"),
                        Texts.text("col.town"),
                        Texts.text("col.stage"),
                        Texts.text("col.allocated")),
                () -> exports.plan(me.actor(), BatchCode.of(code)).stream()
                        .map(r -> List.<Object>of(
                                r.id().toString(),
                                r.applicantName(),
                                r.uscc().value(),
                                towns.name(r.town()),
                                Texts.label("stage", r.stage()),
                                r.allocatedAmount() == null ? "" : r.allocatedAmount()))
                        .toList());
    }

    /** The disbursement list for the bank as xlsx (fund manager: full account numbers, as the bank needs them). */
    public StreamedContent getDisbursementExport() {
        return xlsx(
                "disbursement-" + code + ".xlsx",
                Texts.text("batch.disbursement"),
                List.of(
                        Texts.text("col.id"),
                        Texts.text("col.applicant"),
                        Texts.text("col.uscc"),
                        Texts.text("detail.bank"),
                        Texts.text("detail.accountName"),
                        Texts.text("detail.account"),
                        Texts.text("detail.amount"),
                        Texts.text("col.stage"),
                        Texts.text("detail.bankReference"),
                        Texts.text("detail.paidOn")),
                () -> exports.disbursement(me.actor(), BatchCode.of(code)).stream()
                        .map(r -> List.<Object>of(
                                r.applicationId().toString(),
                                r.applicantName(),
                                r.uscc().value(),
                                r.bankName(),
                                r.accountName(),
                                account(r),
                                r.amount(),
                                Texts.label("stage", r.stage()),
                                r.bankReference() == null ? "" : r.bankReference(),
                                fmt.date(r.paidOn())))
                        .toList());
    }

    private StreamedContent xlsx(
            String name, String sheetName, List<String> header, java.util.function.Supplier<List<List<Object>>> rows) {
        List<List<Object>> data = Feedback.attempt(rows);
        return data == null ? null : Sheets.download(name, sheetName, header, sheet -> data.forEach(sheet::row));
    }

    // ---- the simulation side by side

    public AllocationSimulation getSimulation() {
        return simulation;
    }

    public List<AllocationOutcome> getOutcomes() {
        return simulation == null ? List.of() : List.of(simulation.ratio(), simulation.cap(), simulation.firstCome());
    }

    /** One row per application: what it asks and what each mode gives it (built once per simulation). */
    public List<SimulationRow> getSimulationRows() {
        return simulationRows == null ? List.of() : simulationRows;
    }

    private static List<SimulationRow> rowsOf(AllocationSimulation simulation) {
        Map<ApplicationId, SimulationRow> rows = new LinkedHashMap<>();
        for (AllocationRow r : simulation.ratio().rows()) {
            rows.put(
                    r.applicationId(),
                    new SimulationRow(
                            r.applicationId().toString(),
                            r.name(),
                            r.uscc().value(),
                            r.requested(),
                            r.allocated(),
                            null,
                            null));
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
    public record SimulationRow(
            String id, String name, String uscc, Money requested, Money ratio, Money cap, Money firstCome)
            implements Serializable {

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
        // the budget is drawn only where it binds (oversubscribed); a budget far above the requests would
        // flatten every other bar (it is in the summary above the chart either way)
        List<String> labels = new java.util.ArrayList<>();
        List<BigDecimal> values = new java.util.ArrayList<>();
        labels.add(Texts.text("batch.requested"));
        values.add(wan(simulation.requested()));
        if (simulation.oversubscribed()) {
            labels.add(Texts.text("batch.budget"));
            values.add(wan(simulation.budget()));
        }
        labels.add(Texts.label("mode", AllocationMode.RATIO));
        values.add(wan(simulation.ratio().total()));
        labels.add(Texts.label("mode", AllocationMode.CAP));
        values.add(wan(simulation.cap().total()));
        labels.add(Texts.label("mode", AllocationMode.FIRST_COME));
        values.add(wan(simulation.firstCome().total()));
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
        return me.isSeesAccountNumbers()
                ? row.accountNumber().value()
                : row.accountNumber().masked();
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

    public Integer getCreditCheckMaxAgeDays() {
        return creditCheckMaxAgeDays;
    }

    public void setCreditCheckMaxAgeDays(Integer creditCheckMaxAgeDays) {
        this.creditCheckMaxAgeDays = creditCheckMaxAgeDays;
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
