package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Charts;
import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.Fmt;
import cn.gov.dongguan.voucher.adapter.jsf.support.Pages;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase;
import cn.gov.dongguan.voucher.application.port.in.DownloadMaterialUseCase.MaterialContent;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationEvidenceUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationEvidenceUseCase.ApplicationEvidence;
import cn.gov.dongguan.voucher.application.port.in.GetApplicationUseCase;
import cn.gov.dongguan.voucher.application.port.in.LiftDisqualificationUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListObjectionsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReviewApplicationUseCase;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.Disqualification;
import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.calculation.InvoiceLine;
import cn.gov.dongguan.voucher.domain.calculation.LeaseCalculation;
import cn.gov.dongguan.voucher.domain.calculation.PaymentLine;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Page 4, one application: the applicant (personal data masked), the leases with payments and
 * invoices, the calculation explained line by line in words, eligibility with rule IDs, materials,
 * monthly usage, the review history with its hash chain checked, and the actions the user may take
 * now. The form remembers the version it showed; acting on a stale one gives a conflict message.
 */
@Named("app")
@ViewScoped
public class ApplicationDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Actions that cannot be undone, confirmed in a dialog first (ui.md: reject, terminate; also an upheld objection and a payment). */
    static final Set<ReviewAction> IRREVERSIBLE = EnumSet.of(
            ReviewAction.REJECT,
            ReviewAction.TERMINATE,
            ReviewAction.UPHOLD_OBJECTION,
            ReviewAction.DISMISS_OBJECTION,
            ReviewAction.DISBURSE);
    /** The use case's field names and the inputs of this page that hold them. */
    static final Map<String, String> FIELDS = Map.of(
            "reason",
            "act:reason",
            "returnItems",
            "act:items",
            "verifiedAmount",
            "act:verified",
            "legalRepConfirmation",
            "act:legalRep",
            "originalsChecked",
            "act:originals",
            "paperDossierReceived",
            "act:dossier",
            "bankReference",
            "act:bankRef",
            "paidOn",
            "act:paidOn",
            "objectionId",
            "act:objection");

    @Inject
    SignedInUser me;

    @Inject
    GetApplicationUseCase applications;

    @Inject
    GetApplicationEvidenceUseCase evidenceOf;

    @Inject
    ReviewApplicationUseCase review;

    @Inject
    DownloadMaterialUseCase downloads;

    @Inject
    ListObjectionsUseCase objectionsOf;

    @Inject
    LiftDisqualificationUseCase liftDisqualification;

    @Inject
    Fmt fmt;

    @Inject
    cn.gov.dongguan.voucher.application.port.in.WorkQueueUseCase queues;

    private String id;
    private transient ApplicationDetails details;
    private transient ApplicationEvidence evidence;
    /** The version the form was shown with (R-FLOW-7). */
    private long version;

    private ReviewAction action;
    private String reason;
    /** An array, so that Faces converts the chosen values to the enum (a List would hold strings). */
    private MaterialType[] returnItems = new MaterialType[0];

    private BigDecimal verifiedAmount;
    private LegalRepConfirmation legalRepConfirmation;
    private boolean paperDossierReceived;
    private boolean originalsChecked;
    private String bankReference;
    private LocalDate paidOn;
    private boolean seriousFraud;
    /** The objection a decision names (R-OBJ-1). */
    private String objectionId;

    private transient List<Objection> objections;
    private String liftReason;

    /** Loads the application named by the {@code id} parameter; another town's shows "not found". */
    public void load() {
        details = null;
        evidence = null;
        ApplicationId appId;
        try {
            appId = id == null ? null : ApplicationId.of(id);
        } catch (DomainException | IllegalArgumentException e) {
            appId = null;
        }
        if (appId == null) {
            Texts.error(null, Texts.text("error.notFound"), null);
            return;
        }
        ApplicationId found = appId;
        details = Feedback.attempt(() -> applications.get(me.actor(), found));
        if (details != null) {
            evidence = Feedback.attempt(() -> evidenceOf.evidence(me.actor(), found));
            version = details.application().version();
            // nothing is preselected: the officer chooses the decision (issue 11)
            action = null;
            // the objections and their contacts are the city bureau's to read (R-OBJ-1)
            objections =
                    me.isCityOfficer() ? Feedback.attempt(() -> objectionsOf.objections(me.actor(), found)) : List.of();
            List<Objection> open = getOpenObjections();
            objectionId = open.isEmpty() ? null : open.get(0).id().toString();
        }
    }

    private java.util.UUID objection() {
        if (objectionId == null || objectionId.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(objectionId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The objections filed against the application (city bureau only), in order of receipt. */
    public List<Objection> getObjections() {
        return objections == null ? List.of() : objections;
    }

    /** Those still open: a decision names one of them. */
    public List<Objection> getOpenObjections() {
        return getObjections().stream().filter(Objection::isOpen).toList();
    }

    /** The disqualification in force of the applicant (R-FLOW-6), or {@code null}. */
    public Disqualification getDisqualification() {
        return details == null ? null : details.applicant().disqualification().orElse(null);
    }

    /** The city bureau may lift a disqualification, with a reason (R-FLOW-6). */
    public boolean isCanLift() {
        return getDisqualification() != null && me.isCityOfficer();
    }

    /** Lifts the applicant's disqualification with the reason given; audited by the use case. */
    public void lift() {
        if (details == null) {
            return;
        }
        var uscc = details.applicant().uscc();
        boolean done = Feedback.attempt(() -> liftDisqualification.lift(me.actor(), uscc, liftReason));
        if (done) {
            Texts.info("detail.lifted");
            Pages.showAgain();
        }
    }

    /** What was loaded for this view (page beans live in memory; nothing here is passivated). */
    private ApplicationDetails details() {
        return details;
    }

    /** The command of the chosen action as this stage takes it; it refuses what is incomplete, field by field. */
    private ReviewCommand command(ReviewAction chosen, ReviewStage stage) {
        return switch (chosen) {
            // a pass carries the reviewer's opinion where one is written (形式审查意见, 镇街复核意见, 专家评审意见)
            case OPEN -> new ReviewCommand.Open(reason);
            case PASS ->
                switch (stage) {
                    case TOWN_REVIEW -> new ReviewCommand.TownPass(paperDossierReceived, reason);
                    case FINAL_REVIEW ->
                        new ReviewCommand.FinalPass(
                                verifiedAmount == null ? null : Money.of(verifiedAmount),
                                legalRepConfirmation,
                                originalsChecked,
                                reason);
                    default -> new ReviewCommand.Pass(reason);
                };
            case RETURN -> new ReviewCommand.Return(reason, returnItems == null ? List.of() : List.of(returnItems));
            case REJECT -> new ReviewCommand.Reject(reason);
            case TERMINATE -> new ReviewCommand.Terminate(reason, seriousFraud);
            case UPHOLD_OBJECTION -> new ReviewCommand.UpholdObjection(objection(), reason);
            case DISMISS_OBJECTION -> new ReviewCommand.DismissObjection(objection(), reason);
            case DISBURSE -> new ReviewCommand.Disburse(bankReference, paidOn);
            default -> throw new IllegalStateException(chosen + " is not taken on this page");
        };
    }

    /** Takes the chosen action on the version shown, and shows the application again. */
    public void act() {
        if (decide() != null) {
            Pages.showAgain();
        }
    }

    /**
     * Takes the chosen action and opens the next application waiting in the same stage of the queue
     * ("通过并打开下一件"); with none left, the queue of the stage, saying so.
     */
    public void actAndNext() {
        ReviewStage before = getStage();
        ApplicationDetails after = decide();
        if (after == null) {
            return;
        }
        var next = Feedback.attempt(() -> queues.next(
                me.actor(),
                details.application().batch(),
                before,
                details.application().id()));
        if (next != null && next.isPresent()) {
            Texts.info("queue.nextOpened");
            Pages.redirect("/ui/application.xhtml", Map.of("id", next.get().id().toString()));
        } else {
            Texts.info("queue.cleared");
            Pages.redirect(
                    "/ui/queue.xhtml",
                    Map.of(
                            "stage",
                            before.name(),
                            "batch",
                            details.application().batch().value()));
        }
    }

    /** The decision taken on the version shown, or {@code null} when refused (the page then says why). */
    private ApplicationDetails decide() {
        if (details() == null) {
            return null;
        }
        if (action == null) {
            Texts.error(null, Texts.text("error.invalid"), Texts.text("detail.chooseDecision"));
            return null;
        }
        if (action == ReviewAction.PASS
                && isChecklistShown()
                && !getFlaggedItems().isEmpty()) {
            // a pass with materials marked as needing correction is a slip, not a decision
            Texts.error(
                    null,
                    Texts.text("error.invalid"),
                    Texts.text("detail.checklistFlagged", getFlaggedItems().size()));
            return null;
        }
        // only what the chosen action takes in this stage: fields left over from another choice are not sent
        ReviewStage stage = details.stage();
        ApplicationDetails after = Feedback.attempt(
                () -> review.act(me.actor(), details.application().id(), version, command(action, stage)), FIELDS);
        if (after != null) {
            Texts.info("detail.done", Texts.label("action", action), Texts.label("stage", after.stage()));
        }
        return after;
    }

    /** Whether "…并打开下一件" is offered: a decision of the user's queue that needs no confirmation. */
    public boolean isCanActAndNext() {
        return action != null
                && !isIrreversible()
                && getStage() != null
                && queues.workStages(me.actor()).contains(getStage());
    }

    /** The label of that button: the decision, then "并打开下一件". */
    public String getActAndNextLabel() {
        return Texts.text("detail.andNext", decision(action));
    }

    public StreamedContent download(MaterialType type) {
        if (details() == null) {
            return null;
        }
        MaterialContent content = Feedback.attempt(
                () -> downloads.open(me.actor(), details.application().id(), type));
        if (content == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name(content.material().fileName())
                .contentType(content.mediaType())
                .stream(content::content)
                .build();
    }

    // ---- what the page shows

    /** One condition of 申报条件 as the page shows it: met (✓), not met (✗) or still to be checked (—), and why. */
    public record EligibilityRow(String rule, String condition, String state, List<String> reasons)
            implements Serializable {}

    /** Before the application is opened the credit look-up is not yet made: R-ELIG-4 is still to be checked. */
    private static final java.util.Set<ReviewStage> NOT_YET_OPENED =
            java.util.EnumSet.of(ReviewStage.DRAFT, ReviewStage.SUBMITTED);

    /**
     * Every condition of 申报条件 (R-ELIG-1..7) with ✓ or ✗ and the reasons in the officer's words; a
     * credit look-up not yet made before the application is opened reads "受理时查询", not as a failure.
     */
    public List<EligibilityRow> getEligibilityRows() {
        ApplicationDetails d = getDetails();
        if (d == null) {
            return List.of();
        }
        boolean notOpened = NOT_YET_OPENED.contains(d.stage());
        List<EligibilityRow> rows = new ArrayList<>();
        for (var rule : cn.gov.dongguan.voucher.domain.eligibility.EligibilityPolicy.RULES) {
            var failure = d.eligibility().failures().stream()
                    .filter(f -> f.rule().equals(rule.id()))
                    .findFirst();
            String state = "met";
            List<String> reasons = new ArrayList<>();
            if (failure.isPresent()) {
                state = "failed";
                for (var reason : failure.get().reasons()) {
                    if (notOpened && reason.code().equals("NO_CREDIT_CHECK")) {
                        state = "pending";
                    }
                    reasons.add(Fmt.eligibilityReason(reason, Texts::text));
                }
                if (failure.get().reasons().isEmpty()) {
                    reasons.add(failure.get().message());
                }
            }
            rows.add(new EligibilityRow(rule.id(), Texts.text("rule." + rule.id()), state, List.copyOf(reasons)));
        }
        return rows;
    }

    /** The verdict: eligible, not eligible, or (before opening, with only the look-up missing) to be checked. */
    public String getEligibilityVerdict() {
        List<EligibilityRow> rows = getEligibilityRows();
        if (rows.stream().anyMatch(r -> r.state().equals("failed"))) {
            return "failed";
        }
        return rows.stream().anyMatch(r -> r.state().equals("pending")) ? "pending" : "met";
    }

    public ApplicationDetails getDetails() {
        return details();
    }

    public boolean isFound() {
        return details() != null;
    }

    public ApplicantProfile getProfile() {
        return details() == null ? null : details.applicant().profile();
    }

    public String getAccountNumber() {
        if (getProfile() == null || getProfile().bank() == null) {
            return "";
        }
        BankAccountNumber number = getProfile().bank().accountNumber();
        return me.isSeesAccountNumbers() ? number.value() : number.masked();
    }

    public List<ComputeLease> getLeases() {
        return evidence == null ? List.of() : evidence.leases();
    }

    public List<Material> getMaterials() {
        return details() == null ? List.of() : details.application().materials();
    }

    public List<ReviewRecord> getHistory() {
        return details() == null ? List.of() : details.application().history().records();
    }

    public boolean isHistoryIntact() {
        return details() != null && details.historyIntact();
    }

    public List<ReviewAction> getActions() {
        if (details() == null) {
            return List.of();
        }
        boolean objectionOpen = !getOpenObjections().isEmpty();
        return details.availableActions().stream()
                .filter(ReviewCommand.ACTIONS::contains)
                // an objection is decided only while one is open: none left, nothing to uphold or dismiss
                .filter(a ->
                        objectionOpen || (a != ReviewAction.UPHOLD_OBJECTION && a != ReviewAction.DISMISS_OBJECTION))
                .toList();
    }

    /** An application that left the programme (不予通过, 中止, 撤回) is funded no more, whatever was allocated before. */
    public boolean isFundingEnded() {
        ReviewStage stage = getStage();
        return stage == ReviewStage.REJECTED || stage == ReviewStage.TERMINATED || stage == ReviewStage.WITHDRAWN;
    }

    /**
     * The decision an action stands for in the current stage, as the notice names it (通过形式审查,
     * 退回补正, 中止审核（涉嫌造假） …): {@code decision.<STAGE>.<ACTION>}, else {@code decision.<ACTION>},
     * else the action's label.
     */
    public String decision(ReviewAction a) {
        if (a == null) {
            return "";
        }
        ReviewStage stage = getStage();
        String forStage = "decision." + (stage == null ? "" : stage.name()) + "." + a.name();
        String text = Texts.text(forStage);
        if (!text.equals(forStage)) {
            return text;
        }
        String general = Texts.text("decision." + a.name());
        return general.equals("decision." + a.name()) ? Texts.label("action", a) : general;
    }

    /** Chooses the decision to take (one of the buttons); the form then shows its fields. */
    public void choose(ReviewAction chosen) {
        if (chosen != null && getActions().contains(chosen)) {
            action = chosen;
            if (chosen == ReviewAction.RETURN) {
                // the materials marked in the check become the return's items (the officer may still change them)
                returnItems = getFlaggedItems().toArray(MaterialType[]::new);
            }
        }
    }

    // ---- the materials check of 形式审查 and the preview

    /** One line of the materials check: the material of the notice's list, the file submitted (or none), required or not. */
    public record CheckRow(MaterialType type, Material material, boolean required) implements Serializable {}

    /** Which materials the officer marked as needing correction, by name (EL keys are strings). */
    private final Map<String, Boolean> flagged = new java.util.HashMap<>();

    /** The material shown in the preview, or {@code null}. */
    private MaterialType previewed;

    /** The check is offered where the stage allows a return (形式审查). */
    public boolean isChecklistShown() {
        return getActions().contains(ReviewAction.RETURN);
    }

    /** Every material of the notice's list that is required for the applicant's category or was submitted. */
    public List<CheckRow> getChecklist() {
        if (details() == null) {
            return List.of();
        }
        List<CheckRow> rows = new ArrayList<>();
        for (MaterialType type : MaterialType.values()) {
            Material submitted = getMaterials().stream()
                    .filter(m -> m.type() == type)
                    .findFirst()
                    .orElse(null);
            boolean required = type.isRequiredFor(getProfile().category());
            if (required || submitted != null) {
                rows.add(new CheckRow(type, submitted, required));
            }
        }
        return rows;
    }

    public Map<String, Boolean> getFlagged() {
        return flagged;
    }

    /** The materials marked, in the order of the notice's list. */
    public List<MaterialType> getFlaggedItems() {
        List<MaterialType> items = new ArrayList<>();
        for (MaterialType type : MaterialType.values()) {
            if (Boolean.TRUE.equals(flagged.get(type.name()))) {
                items.add(type);
            }
        }
        return items;
    }

    /** A mark changed: a return already chosen takes the marks as its items. */
    public void checked() {
        if (action == ReviewAction.RETURN) {
            returnItems = getFlaggedItems().toArray(MaterialType[]::new);
        }
    }

    /** Opens the preview of a material. */
    public void preview(MaterialType type) {
        previewed = type;
    }

    public MaterialType getPreviewed() {
        return previewed;
    }

    public String getPreviewTitle() {
        return previewed == null
                ? Texts.text("detail.preview")
                : Texts.text("detail.previewTitle", Texts.label("material", previewed));
    }

    /** Whether the browser shows the file itself (PDF and images; an OFD file is downloaded). */
    public boolean previewable(Material material) {
        String name = material.fileName().toLowerCase(java.util.Locale.ROOT);
        return !name.endsWith(".ofd");
    }

    /** The address the preview frame loads: the material served inline for this user. */
    public String getPreviewUrl() {
        if (details() == null || previewed == null) {
            return "about:blank";
        }
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestContextPath()
                + "/ui/material?id=" + details.application().id() + "&type=" + previewed.name();
    }

    /** The label of the text field: the reason of a refusal, or the opinion of a pass (optional). */
    public String getReasonLabel() {
        if (action == ReviewAction.PASS || action == ReviewAction.OPEN) {
            ReviewStage stage = getStage();
            String key = "opinion." + (stage == null ? "" : stage.name());
            String text = Texts.text(key);
            return text.equals(key) ? Texts.text("opinion.general") : text;
        }
        return Texts.text("detail.reason");
    }

    /** The confirmation of the chosen decision, naming the unit and the decision. */
    public String getConfirmation() {
        return details() == null || action == null
                ? ""
                : Texts.text("confirm.decision", getProfile().name(), decision(action));
    }

    public boolean isIrreversible() {
        return action != null && IRREVERSIBLE.contains(action);
    }

    public ReviewStage getStage() {
        return details() == null ? null : details.stage();
    }

    public MaterialType[] getMaterialTypes() {
        return MaterialType.values();
    }

    public LegalRepConfirmation[] getConfirmations() {
        return LegalRepConfirmation.values();
    }

    // ---- the calculation in words (R-CALC-8)

    public Calculation getCalculation() {
        return details() == null ? null : details.calculation();
    }

    /** One explained line per payment and invoice of every claimed lease. */
    public List<CalculationLine> getCalculationLines() {
        List<CalculationLine> lines = new ArrayList<>();
        if (getCalculation() == null) {
            return lines;
        }
        for (LeaseCalculation lease : details.calculation().leases()) {
            for (PaymentLine p : lease.payments()) {
                lines.add(new CalculationLine(
                        lease.orderNo().value(),
                        Texts.text("calc.payment", p.paymentRef().value(), fmt.date(p.paidOn())),
                        fmt.money(p.amount()),
                        p.counted(),
                        p.counted() ? Texts.text("calc.counted") : Texts.label("exclusion", p.reason())));
            }
            for (InvoiceLine i : lease.invoices()) {
                lines.add(new CalculationLine(
                        lease.orderNo().value(),
                        Texts.text("calc.invoice", i.invoiceId().toString()),
                        fmt.money(i.amount()),
                        i.counted(),
                        i.counted() ? Texts.text("calc.counted") : Texts.label("exclusion", i.reason())));
            }
            lines.add(new CalculationLine(
                    lease.orderNo().value(),
                    Texts.text("calc.leaseSum"),
                    fmt.money(lease.eligible()),
                    true,
                    Texts.text(
                            "calc.leaseSumWords",
                            fmt.money(lease.paid()),
                            fmt.money(lease.invoiced()),
                            fmt.money(lease.eligible()))));
        }
        return lines;
    }

    /** The whole calculation as sentences: E, the verified amount where there is one, and S. */
    public List<String> getCalculationWords() {
        Calculation c = getCalculation();
        if (c == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        words.add(Texts.text("calc.words.expense", fmt.money(c.actualPayment()), fmt.money(c.eligibleExpense())));
        if (c.verifiedAmount() != null) {
            words.add(Texts.text("calc.words.verified", fmt.money(c.verifiedAmount())));
        }
        words.add(Texts.text(
                "calc.words.subsidy",
                fmt.money(c.basis()),
                fmt.percent(c.policy().ratio()),
                fmt.money(c.policy().annualCap()),
                fmt.money(c.capRemaining()),
                fmt.money(c.subsidy())));
        if (c.cappedByAnnualLimit()) {
            words.add(Texts.text("calc.words.capped"));
        }
        if (c.belowMinimum()) {
            words.add(Texts.text("calc.words.belowMinimum", fmt.money(c.policy().minimumPayment())));
        }
        return words;
    }

    /** A line of the explained calculation. */
    public record CalculationLine(String lease, String item, String amount, boolean counted, String explanation)
            implements Serializable {}

    // ---- usage evidence

    public boolean isHasUsage() {
        return evidence != null && !evidence.monthlyCardHours().isEmpty();
    }

    /** Card-hours per month, one line per lease, over the months any lease was used. */
    public String getUsageChart() {
        if (!isHasUsage()) {
            return Charts.line(List.of(), List.of());
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        evidence.monthlyCardHours().values().forEach(m -> months.addAll(m.keySet()));
        List<Charts.Series> series = new ArrayList<>();
        for (ComputeLease lease : evidence.leases()) {
            Map<YearMonth, BigDecimal> used = evidence.monthlyCardHours().getOrDefault(lease.orderNo(), Map.of());
            series.add(new Charts.Series(
                    lease.orderNo().value(),
                    months.stream()
                            .map(m -> used.getOrDefault(m, BigDecimal.ZERO))
                            .toList()));
        }
        return Charts.bar(months.stream().map(YearMonth::toString).toList(), series, false);
    }

    /** The same figures as a table beside the chart. */
    public List<UsageRow> getUsageRows() {
        List<UsageRow> rows = new ArrayList<>();
        if (evidence == null) {
            return rows;
        }
        for (Map.Entry<OrderNumber, Map<YearMonth, BigDecimal>> lease :
                evidence.monthlyCardHours().entrySet()) {
            lease.getValue()
                    .forEach((month, hours) -> rows.add(new UsageRow(
                            lease.getKey().value(),
                            month.toString(),
                            hours.stripTrailingZeros().toPlainString())));
        }
        rows.sort(java.util.Comparator.comparing(UsageRow::lease).thenComparing(UsageRow::month));
        return rows;
    }

    /** Card-hours of a lease in a month. */
    public record UsageRow(String lease, String month, String cardHours) implements Serializable {}

    // ---- form fields

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public ReviewAction getAction() {
        return action;
    }

    public void setAction(ReviewAction action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public MaterialType[] getReturnItems() {
        return returnItems;
    }

    public void setReturnItems(MaterialType[] returnItems) {
        this.returnItems = returnItems;
    }

    public BigDecimal getVerifiedAmount() {
        return verifiedAmount;
    }

    public void setVerifiedAmount(BigDecimal verifiedAmount) {
        this.verifiedAmount = verifiedAmount;
    }

    public LegalRepConfirmation getLegalRepConfirmation() {
        return legalRepConfirmation;
    }

    public void setLegalRepConfirmation(LegalRepConfirmation legalRepConfirmation) {
        this.legalRepConfirmation = legalRepConfirmation;
    }

    public boolean isPaperDossierReceived() {
        return paperDossierReceived;
    }

    public void setPaperDossierReceived(boolean paperDossierReceived) {
        this.paperDossierReceived = paperDossierReceived;
    }

    public boolean isOriginalsChecked() {
        return originalsChecked;
    }

    public void setOriginalsChecked(boolean originalsChecked) {
        this.originalsChecked = originalsChecked;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getObjectionId() {
        return objectionId;
    }

    public void setObjectionId(String objectionId) {
        this.objectionId = objectionId;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }

    public boolean isSeriousFraud() {
        return seriousFraud;
    }

    public void setSeriousFraud(boolean seriousFraud) {
        this.seriousFraud = seriousFraud;
    }
}
