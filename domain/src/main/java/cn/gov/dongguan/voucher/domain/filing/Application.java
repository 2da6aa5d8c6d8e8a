package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityFailure;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewHistory;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.review.Transition;
import cn.gov.dongguan.voucher.domain.review.TransitionTable;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An application (申请) for compute-voucher subsidy in one batch: the aggregate that owns its
 * content, materials, stage and review history.
 *
 * <p>Lifecycle: created as {@code DRAFT} by the portal, then moved only through
 * {@link TransitionTable} — every move checks the acting role (and, in town review, the town),
 * records an entry in the hash-chained {@link ReviewHistory} (R-FLOW-2) and raises a
 * {@link StageChanged} event. Time is always a parameter. A returned application whose
 * resubmission window has passed reads as {@code WITHDRAWN} even before the scheduler records it
 * (R-FLOW-3). Refers to its applicant and batch by identity only.
 */
public final class Application {

    private final ApplicationId id;
    private final BatchCode batch;
    private final UnifiedSocialCreditCode applicantUscc;
    /** The town that re-checks (R-FLOW-4): the applicant's, as it is when the application is submitted. */
    private TownCode town;

    private final ApplicantCategory category;
    private final Instant createdAt;
    private final long version;
    private ApplicationContent content;
    private ReviewStage stage;
    private Instant submittedAt;
    private Instant completedAt;
    private Instant returnedAt;
    private Instant returnDeadline;
    private List<MaterialType> returnItems;
    private final Map<MaterialType, Material> materials = new EnumMap<>(MaterialType.class);
    private Money verifiedAmount;
    private LegalRepConfirmation legalRepConfirmation;
    private boolean originalsChecked;
    private boolean paperDossierReceived;
    private Money allocatedAmount;
    private Instant noticeEndsAt;
    private LocalDate approvedOn;
    private String approvalDocumentNo;
    private String bankReference;
    private LocalDate paidOn;
    private final Set<ApplicationFlag> flags = EnumSet.noneOf(ApplicationFlag.class);
    private final ReviewHistory history;
    private final List<StageChanged> pendingEvents = new ArrayList<>();

    private Application(ApplicationState s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.batch = Objects.requireNonNull(s.batch(), "batch");
        this.applicantUscc = Objects.requireNonNull(s.applicantUscc(), "applicantUscc");
        this.town = Objects.requireNonNull(s.town(), "town");
        this.category = Objects.requireNonNull(s.category(), "category");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.version = s.version();
        this.content = Objects.requireNonNull(s.content(), "content");
        this.stage = Objects.requireNonNull(s.stage(), "stage");
        this.submittedAt = s.submittedAt();
        this.completedAt = s.completedAt();
        this.returnedAt = s.returnedAt();
        this.returnDeadline = s.returnDeadline();
        this.returnItems = s.returnItems();
        s.materials().forEach(m -> materials.put(m.type(), m));
        this.verifiedAmount = s.verifiedAmount();
        this.legalRepConfirmation = s.legalRepConfirmation();
        this.originalsChecked = s.originalsChecked();
        this.paperDossierReceived = s.paperDossierReceived();
        this.allocatedAmount = s.allocatedAmount();
        this.noticeEndsAt = s.noticeEndsAt();
        this.approvedOn = s.approvedOn();
        this.approvalDocumentNo = s.approvalDocumentNo();
        this.bankReference = s.bankReference();
        this.paidOn = s.paidOn();
        this.flags.addAll(s.flags());
        this.history = new ReviewHistory(s.history());
        if (stage == ReviewStage.RETURNED && returnDeadline == null) {
            throw new IllegalStateException("a returned application needs its resubmission deadline");
        }
        if (s.history().isEmpty() || s.history().get(s.history().size() - 1).to() != stage) {
            throw new IllegalStateException("stage " + stage + " does not match the history of application " + id);
        }
        if (stage == ReviewStage.PUBLIC_NOTICE && noticeEndsAt == null) {
            throw new IllegalStateException("an application in public notice needs the end of its notice period");
        }
        if (!stage.isEnded()
                && stage.ordinal() >= ReviewStage.AWAITING_ALLOCATION.ordinal()
                && verifiedAmount == null) {
            throw new IllegalStateException("an application past final review needs its verified amount");
        }
        if (!stage.isEnded() && stage.ordinal() >= ReviewStage.ALLOCATED.ordinal() && allocatedAmount == null) {
            throw new IllegalStateException("an allocated application needs its allocated amount");
        }
    }

    /** Restores an application from stored state. */
    public static Application restore(ApplicationState state) {
        return new Application(state);
    }

    /** Files a new application as the portal sends it: {@code DRAFT}, with its creation in the history. */
    public static Application create(
            ApplicationId id,
            BatchCode batch,
            UnifiedSocialCreditCode applicantUscc,
            TownCode town,
            ApplicantCategory category,
            ApplicationContent content,
            Actor actor,
            Instant at) {
        if (actor.role() != Role.PORTAL) {
            throw new ForbiddenException(null, "only the portal files applications");
        }
        ReviewHistory history = ReviewHistory.empty();
        history.record(at, null, ReviewStage.DRAFT, ReviewAction.CREATE, actor, null, null, null);
        Application application = new Application(new ApplicationState(
                id,
                batch,
                applicantUscc,
                town,
                category,
                content,
                ReviewStage.DRAFT,
                0,
                at,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                history.records()));
        application.pendingEvents.add(
                new StageChanged(id, applicantUscc, at, ReviewAction.CREATE, null, ReviewStage.DRAFT));
        return application;
    }

    // ---- reading ------------------------------------------------------------------------------

    /** The stage as stored, without the read-time expiry of R-FLOW-3; see {@link #stageAt}. */
    public ReviewStage storedStage() {
        return stage;
    }

    /**
     * The stage as anyone sees it at {@code now}: an overdue return reads as {@code WITHDRAWN} (R-FLOW-3),
     * a public notice whose period has ended as {@code NOTICE_PASSED}, before the scheduler records it.
     */
    public ReviewStage stageAt(Instant now) {
        if (stage == ReviewStage.RETURNED && ResubmissionDeadline.isPast(returnDeadline, now)) {
            return ReviewStage.WITHDRAWN;
        }
        if (stage == ReviewStage.PUBLIC_NOTICE
                && ResubmissionDeadline.isPast(noticeEndsAt, now)
                && !flags.contains(ApplicationFlag.OBJECTION_OPEN)) {
            return ReviewStage.NOTICE_PASSED;
        }
        return stage;
    }

    /**
     * The flags as a reader sees them at {@code now}: the stored ones, and {@code OBJECTION_PENDING}
     * once the notice period has ended with an objection still open (R-OBJ-1).
     */
    public Set<ApplicationFlag> flagsAt(Instant now) {
        Set<ApplicationFlag> seen = EnumSet.noneOf(ApplicationFlag.class);
        seen.addAll(flags);
        if (stage == ReviewStage.PUBLIC_NOTICE
                && flags.contains(ApplicationFlag.OBJECTION_OPEN)
                && ResubmissionDeadline.isPast(noticeEndsAt, now)) {
            seen.add(ApplicationFlag.OBJECTION_PENDING);
        }
        return seen;
    }

    /**
     * The public filed an objection while the application stands on the notice (R-OBJ-1): the notice
     * cannot pass until every open one is decided. Returns whether the application changed.
     */
    public boolean objectionFiled(Instant now) {
        if (stageAt(now) != ReviewStage.PUBLIC_NOTICE) {
            throw new ConflictException(
                    "NOT_ON_NOTICE",
                    "R-OBJ-1",
                    "objections are filed only while the application is on the public notice");
        }
        boolean filed = flags.add(ApplicationFlag.OBJECTION_FILED);
        boolean open = flags.add(ApplicationFlag.OBJECTION_OPEN);
        return filed || open;
    }

    /** The actions {@code actor} may take now, by the stage table (and town, R-FLOW-4). */
    public List<ReviewAction> availableActions(Actor actor, Instant now) {
        if (actor.role() == Role.TOWN_OFFICER
                && !actor.townCode().map(town::equals).orElse(false)) {
            return List.of();
        }
        return TransitionTable.actionsFor(stageAt(now), actor.role());
    }

    // ---- portal -------------------------------------------------------------------------------

    /** Changes what is claimed, while the application is a draft or returned for correction. */
    public void revise(ApplicationContent newContent, Actor actor, Instant now) {
        requireEditable(actor, now);
        content = Require.present(newContent, "content");
    }

    /** Files (or replaces) a material while the application is a draft or returned (R-REF-6). */
    public void attachMaterial(Material material, Actor actor, Instant now) {
        requireEditable(actor, now);
        materials.put(material.type(), material);
    }

    private void requireEditable(Actor actor, Instant now) {
        if (actor.role() != Role.PORTAL) {
            throw new ForbiddenException(null, "only the portal changes an application's content");
        }
        ReviewStage current = stageAt(now);
        if (current != ReviewStage.DRAFT && current != ReviewStage.RETURNED) {
            throw new ConflictException(
                    "WRONG_STAGE",
                    null,
                    "the application can only be changed as a draft or when returned, not in " + current);
        }
    }

    /** R-FLOW-1: every unmet condition of submission, empty when it may be submitted. */
    public List<Violation> submissionViolations(BatchPolicy policy, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (!policy.acceptsSubmissionAt(now)) {
            violations.add(Violation.of(
                    "batch",
                    "DEADLINE_PASSED",
                    "R-FLOW-1",
                    "the submission deadline " + policy.submissionDeadline() + " has passed"));
        }
        violations.addAll(completenessViolations());
        return violations;
    }

    private List<Violation> completenessViolations() {
        List<Violation> violations = new ArrayList<>();
        for (MaterialType type : MaterialType.values()) {
            if (type.isRequiredFor(category) && !materials.containsKey(type)) {
                violations.add(Violation.of(
                        "materials." + type.name(),
                        "MATERIAL_MISSING",
                        "R-FLOW-1",
                        "material " + type.item() + " " + type.name() + " (" + type.nameZh() + ") is missing"));
            }
        }
        Declarations d = content.declarations();
        if (!d.authenticityPledge()) {
            violations.add(Violation.of(
                    "declarations.authenticityPledge",
                    "DECLARATION_MISSING",
                    "R-FLOW-1",
                    "the authenticity pledge is not given"));
        }
        if (!d.noRelatedParty()) {
            violations.add(Violation.of(
                    "declarations.noRelatedParty",
                    "DECLARATION_MISSING",
                    "R-FLOW-1",
                    "the declaration of no related-party tie is not given"));
        }
        if (!d.noOtherFiscalFunding()) {
            violations.add(Violation.of(
                    "declarations.noOtherFiscalFunding",
                    "DECLARATION_MISSING",
                    "R-FLOW-1",
                    "the declaration of no other fiscal funding is not given"));
        }
        if (content.leaseOrderNos().isEmpty()) {
            violations.add(Violation.of("leaseOrderNos", "NO_LEASE", "R-FLOW-1", "at least one lease must be claimed"));
        }
        return violations;
    }

    /** R-FLOW-1: submits before the deadline, complete; otherwise lists every unmet condition. */
    public void submit(BatchPolicy policy, Actor actor, Instant now) {
        submit(policy, town, actor, now);
    }

    /**
     * Submits, with the applicant's town as it is now: an applicant that moved while its application
     * was a draft is re-checked by its new town (R-FLOW-4, issue 14), never by the one it left.
     */
    public void submit(BatchPolicy policy, TownCode applicantTown, Actor actor, Instant now) {
        Transition t = TransitionTable.require(stageAt(now), ReviewAction.SUBMIT, actor.role());
        List<Violation> violations = submissionViolations(policy, now);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        town = Objects.requireNonNull(applicantTown, "town");
        submittedAt = now;
        completedAt = now;
        move(t, actor, now, null, null, null);
    }

    /** R-FLOW-3: resubmits a returned application within its window, complete again. */
    public void resubmit(Actor actor, Instant now) {
        if (stage == ReviewStage.RETURNED && ResubmissionDeadline.isPast(returnDeadline, now)) {
            throw new ConflictException(
                    "RESUBMISSION_WINDOW_PASSED",
                    "R-FLOW-3",
                    "the resubmission window ended " + returnDeadline + "; the application counts as withdrawn");
        }
        Transition t = TransitionTable.require(stageAt(now), ReviewAction.RESUBMIT, actor.role());
        List<Violation> violations = completenessViolations();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        completedAt = now;
        move(t, actor, now, null, null, null);
    }

    /** The portal withdraws the application, possible in any stage before {@code APPROVED}. */
    public void withdraw(Actor actor, Instant now, String reason) {
        settle(now);
        Transition t = TransitionTable.require(stageAt(now), ReviewAction.WITHDRAW, actor.role());
        move(t, actor, now, Require.optionalText(reason, "reason", 1000), null, null);
    }

    // ---- review -------------------------------------------------------------------------------

    /**
     * A review action of an officer, expert or fund manager (api.md {@code POST …/actions}): checks
     * the stage table, the town (R-FLOW-4) and what the stage needs of the command and the facts,
     * then moves the application.
     */
    public void act(ReviewCommand command, ReviewFacts facts, Actor actor, Instant now, BatchPolicy policy) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(facts, "facts");
        settle(now);
        ReviewStage current = stageAt(now);
        Transition t = TransitionTable.require(current, command.action(), actor.role());
        if (t.role() == Role.TOWN_OFFICER && !actor.townCode().map(town::equals).orElse(false)) {
            throw new ForbiddenException("R-FLOW-4", "only an officer of the applicant's town may re-check it");
        }
        Step step = command.accept(new Review(current, facts, now, policy));
        if (step.stays()) {
            // a decision that leaves the application where it is (a dismissed objection while others are
            // open or the period runs): recorded all the same (R-FLOW-2)
            record(now, stage, stage, t.action(), actor, step.reason(), null, step.note());
            return;
        }
        move(t, actor, now, step.reason(), step.items(), step.note());
    }

    /** What a review action writes into the history. */
    private record Step(String reason, List<MaterialType> items, String note, boolean stays) {
        static final Step NOTHING = new Step(null, null, null, false);

        Step(String reason, List<MaterialType> items, String note) {
            this(reason, items, note, false);
        }

        static Step because(String reason) {
            return new Step(reason, null, null);
        }

        Step withReason(String text) {
            return new Step(text, items, note, stays);
        }
    }

    /** Applies one command in one stage; commands arrive complete (their constructors check them). */
    private final class Review implements ReviewCommand.Visitor<Step> {
        private final ReviewStage current;
        private final ReviewFacts facts;
        private final Instant now;
        private final BatchPolicy policy;

        Review(ReviewStage current, ReviewFacts facts, Instant now, BatchPolicy policy) {
            this.current = current;
            this.facts = facts;
            this.now = now;
            this.policy = policy;
        }

        @Override
        public Step open(ReviewCommand.Open command) {
            return Step.because(command.reason());
        }

        @Override
        public Step pass(ReviewCommand.Pass command) {
            return passStage(null, null).withReason(command.reason());
        }

        @Override
        public Step townPass(ReviewCommand.TownPass command) {
            return passStage(command, null).withReason(command.reason());
        }

        @Override
        public Step finalPass(ReviewCommand.FinalPass command) {
            return passStage(null, command).withReason(command.reason());
        }

        /** What passing needs depends on the stage: the shape of PASS must fit it. */
        private Step passStage(ReviewCommand.TownPass town, ReviewCommand.FinalPass expert) {
            switch (current) {
                case ELIGIBILITY_CHECK -> {
                    if (!facts.eligibility().eligible()) {
                        List<Violation> failures = new ArrayList<>();
                        for (EligibilityFailure f : facts.eligibility().failures()) {
                            failures.add(Violation.of("eligibility", "NOT_ELIGIBLE", f.rule(), f.message()));
                        }
                        throw new ValidationException(failures);
                    }
                    return Step.NOTHING;
                }
                case TOWN_REVIEW -> {
                    if (town == null) {
                        throw ReviewCommand.TownPass.dossierMissing();
                    }
                    paperDossierReceived = true;
                    return new Step(null, null, "paperDossierReceived=true");
                }
                case FINAL_REVIEW -> {
                    if (expert == null) {
                        throw new ValidationException(ReviewCommand.FinalPass.violations(null, null, null));
                    }
                    return passFinalReview(expert);
                }
                default -> {
                    return Step.NOTHING;
                }
            }
        }

        private Step passFinalReview(ReviewCommand.FinalPass command) {
            Money verified = command.verifiedAmount();
            if (verified.isGreaterThan(facts.eligibleExpense())) {
                throw ValidationException.of(
                        "verifiedAmount",
                        "ABOVE_ELIGIBLE_EXPENSE",
                        "R-FLOW-5",
                        "the verified amount " + verified + " exceeds the eligible expense " + facts.eligibleExpense());
            }
            verifiedAmount = verified;
            legalRepConfirmation = command.legalRepConfirmation();
            originalsChecked = true;
            return new Step(
                    null,
                    null,
                    "verifiedAmount=" + verified + "; legalRepConfirmation=" + legalRepConfirmation
                            + "; originalsChecked=true");
        }

        @Override
        public Step returnForCorrection(ReviewCommand.Return command) {
            returnedAt = now;
            returnDeadline = ResubmissionDeadline.after(now, policy.resubmitDays());
            returnItems = command.items();
            return new Step(command.reason(), command.items(), "returnDeadline=" + returnDeadline);
        }

        @Override
        public Step reject(ReviewCommand.Reject command) {
            return Step.because(command.reason());
        }

        @Override
        public Step terminate(ReviewCommand.Terminate command) {
            return new Step(command.reason(), null, "seriousFraud=" + command.seriousFraud());
        }

        @Override
        public Step upholdObjection(ReviewCommand.UpholdObjection command) {
            requireOpenObjection();
            flags.remove(ApplicationFlag.OBJECTION_OPEN);
            return new Step(command.reason(), null, "objectionId=" + command.objectionId() + "; upheld");
        }

        @Override
        public Step dismissObjection(ReviewCommand.DismissObjection command) {
            requireOpenObjection();
            String note = "objectionId=" + command.objectionId() + "; dismissed";
            if (facts.otherOpenObjections() > 0) {
                return new Step(command.reason(), null, note, true);
            }
            flags.remove(ApplicationFlag.OBJECTION_OPEN);
            // R-OBJ-1: the last open objection dismissed after the period passes the notice
            boolean periodOver = ResubmissionDeadline.isPast(noticeEndsAt, now);
            return new Step(command.reason(), null, note, !periodOver);
        }

        private void requireOpenObjection() {
            if (!flags.contains(ApplicationFlag.OBJECTION_OPEN)) {
                throw new ConflictException(
                        "NO_OPEN_OBJECTION", "R-OBJ-1", "the application has no open objection to decide");
            }
        }

        @Override
        public Step disburse(ReviewCommand.Disburse command) {
            if (facts.applicant() == null) {
                throw new IllegalArgumentException("recording a payment needs the applicant's standing (R-FLOW-10)");
            }
            List<Violation> recheck =
                    PaymentRecheck.violations(facts.applicant(), command.paidOn(), facts.creditCheckMaxAgeDays());
            if (!recheck.isEmpty()) {
                throw new ValidationException(recheck);
            }
            bankReference = command.bankReference();
            paidOn = command.paidOn();
            return new Step(command.reason(), null, "bankReference=" + bankReference + "; paidOn=" + paidOn);
        }
    }

    /** The application as the store holds it after saving it at {@code storedVersion}: the same state, its new version. */
    public Application stored(long storedVersion) {
        return restore(snapshot().withVersion(storedVersion));
    }

    // ---- batch operations ---------------------------------------------------------------------

    /** The committed allocation gives this application its amount (R-CALC-9). */
    public void allocate(Money amount, Actor actor, Instant now) {
        Transition t = TransitionTable.require(stageAt(now), ReviewAction.ALLOCATE, actor.role());
        Require.present(amount, "allocatedAmount");
        Require.that(
                !amount.isNegative(),
                "allocatedAmount",
                "NEGATIVE_AMOUNT",
                "R-CALC-9",
                "an allocated amount cannot be negative");
        allocatedAmount = amount;
        move(t, actor, now, null, null, "allocatedAmount=" + amount);
    }

    /** Publishes the public notice (公示); it runs for the batch's notice period in calendar days. */
    public void publishNotice(Actor actor, Instant now, BatchPolicy policy) {
        Transition t = TransitionTable.require(stageAt(now), ReviewAction.PUBLISH_NOTICE, actor.role());
        noticeEndsAt = ProgrammeCalendar.endOfDay(ProgrammeCalendar.dayOf(now).plusDays(policy.noticePeriodDays()));
        move(t, actor, now, null, null, "noticeEndsAt=" + noticeEndsAt);
    }

    /**
     * The scheduler ends a notice period with no objection open (R-OBJ-1); idempotent, returns whether
     * it moved. With an objection open the application stays on the notice (read as
     * {@code OBJECTION_PENDING}) until the city bureau decides it.
     */
    public boolean endNoticeIfDue(Instant now) {
        if (stage != ReviewStage.PUBLIC_NOTICE
                || !ResubmissionDeadline.isPast(noticeEndsAt, now)
                || flags.contains(ApplicationFlag.OBJECTION_OPEN)) {
            return false;
        }
        Transition t = TransitionTable.require(stage, ReviewAction.END_NOTICE, Role.SYSTEM);
        move(t, Actor.system(), now, null, null, null);
        return true;
    }

    /** The scheduler records the expiry of an overdue return (R-FLOW-3); idempotent, returns whether it moved. */
    public boolean expireIfOverdue(Instant now) {
        if (stage != ReviewStage.RETURNED || !ResubmissionDeadline.isPast(returnDeadline, now)) {
            return false;
        }
        Transition t = TransitionTable.require(stage, ReviewAction.EXPIRE, Role.SYSTEM);
        move(t, Actor.system(), now, "resubmission window ended " + returnDeadline, null, null);
        return true;
    }

    /** The funding plan was reported to the city government. */
    public void report(Actor actor, Instant now) {
        settle(now);
        Transition t = TransitionTable.require(stageAt(now), ReviewAction.REPORT, actor.role());
        move(t, actor, now, null, null, null);
    }

    /** The city government's approval is recorded with its date and document number. */
    public void approve(LocalDate on, String documentNo, Actor actor, Instant now) {
        Transition t = TransitionTable.require(stageAt(now), ReviewAction.APPROVE, actor.role());
        Require.day(on, "approvedOn");
        approvalDocumentNo = Require.text(documentNo, "documentNo", 100);
        approvedOn = on;
        move(t, actor, now, null, null, "approvedOn=" + on + "; documentNo=" + approvalDocumentNo);
    }

    /**
     * Records what the deadlines already decided (an overdue return, an ended notice) before a new
     * move, so that the history shows every step in order.
     */
    private void settle(Instant now) {
        expireIfOverdue(now);
        endNoticeIfDue(now);
    }

    /** Marks something for the reviewer's attention; returns whether it was new. */
    public boolean flag(ApplicationFlag flag) {
        return flags.add(flag);
    }

    private void move(Transition t, Actor actor, Instant now, String reason, List<MaterialType> items, String note) {
        ReviewStage from = stage;
        if (from == ReviewStage.RETURNED) {
            returnedAt = null;
            returnDeadline = null;
            returnItems = List.of();
        }
        record(now, from, t.to(), t.action(), actor, reason, items, note);
    }

    private void record(
            Instant now,
            ReviewStage from,
            ReviewStage to,
            ReviewAction action,
            Actor actor,
            String reason,
            List<MaterialType> items,
            String note) {
        ReviewRecord entry = history.record(now, from, to, action, actor, reason, items, note);
        stage = to;
        pendingEvents.add(new StageChanged(id, applicantUscc, entry.at(), action, from, to));
    }

    /** The events raised since the last call, oldest first; the caller publishes them with the change. */
    public List<StageChanged> pullEvents() {
        List<StageChanged> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    /** All it holds, for a repository. */
    public ApplicationState snapshot() {
        return new ApplicationState(
                id,
                batch,
                applicantUscc,
                town,
                category,
                content,
                stage,
                version,
                createdAt,
                submittedAt,
                completedAt,
                returnedAt,
                returnDeadline,
                returnItems,
                List.copyOf(materials.values()),
                verifiedAmount,
                legalRepConfirmation,
                originalsChecked,
                paperDossierReceived,
                allocatedAmount,
                noticeEndsAt,
                approvedOn,
                approvalDocumentNo,
                bankReference,
                paidOn,
                Set.copyOf(flags),
                history.records());
    }

    // ---- accessors ----------------------------------------------------------------------------

    public ApplicationId id() {
        return id;
    }

    public BatchCode batch() {
        return batch;
    }

    public UnifiedSocialCreditCode applicantUscc() {
        return applicantUscc;
    }

    public TownCode town() {
        return town;
    }

    public ApplicantCategory category() {
        return category;
    }

    public ApplicationContent content() {
        return content;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** The resubmission deadline while the application is returned (R-FLOW-3). */
    public Optional<Instant> returnDeadline() {
        return Optional.ofNullable(returnDeadline);
    }

    public List<MaterialType> returnItems() {
        return returnItems == null ? List.of() : List.copyOf(returnItems);
    }

    public List<Material> materials() {
        return List.copyOf(materials.values());
    }

    public Optional<Material> material(MaterialType type) {
        return Optional.ofNullable(materials.get(type));
    }

    /** V of R-CALC-5, once final review has passed. */
    public Optional<Money> verifiedAmount() {
        return Optional.ofNullable(verifiedAmount);
    }

    public Optional<LegalRepConfirmation> legalRepConfirmation() {
        return Optional.ofNullable(legalRepConfirmation);
    }

    public boolean originalsChecked() {
        return originalsChecked;
    }

    public boolean paperDossierReceived() {
        return paperDossierReceived;
    }

    public Optional<Money> allocatedAmount() {
        return Optional.ofNullable(allocatedAmount);
    }

    public Optional<Instant> noticeEndsAt() {
        return Optional.ofNullable(noticeEndsAt);
    }

    public Optional<LocalDate> approvedOn() {
        return Optional.ofNullable(approvedOn);
    }

    public Optional<String> approvalDocumentNo() {
        return Optional.ofNullable(approvalDocumentNo);
    }

    public Optional<String> bankReference() {
        return Optional.ofNullable(bankReference);
    }

    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    public Set<ApplicationFlag> flags() {
        return Set.copyOf(flags);
    }

    public ReviewHistory history() {
        return new ReviewHistory(history.records());
    }
}
