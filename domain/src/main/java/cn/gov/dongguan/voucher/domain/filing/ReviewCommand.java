package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A review action of an officer, expert or fund manager (api.md {@code POST …/actions}), with
 * exactly what that action carries. Each record refuses an invalid combination in its constructor
 * with the rule it breaks, so an instance is always complete; whether it fits the application's
 * stage, the actor's role and town, and the application's figures is decided by
 * {@link Application#act}.
 *
 * <p>{@code PASS} has three shapes: {@link TownPass} for the town re-check (the sealed paper dossier,
 * R-FLOW-4), {@link FinalPass} for the expert's final review (R-FLOW-5, R-FLOW-9), and
 * {@link Pass} for the stages where passing carries nothing.
 *
 * <p>Java 17 has no pattern {@code switch}: {@link #accept(Visitor)} makes every use exhaustive, so
 * an added action does not compile until each visitor decides what it means.
 */
public sealed interface ReviewCommand {

    /** The review actions, the one list of them (api.md); the others are taken by the portal, batch steps or the scheduler. */
    Set<ReviewAction> ACTIONS = Collections.unmodifiableSet(EnumSet.of(
            ReviewAction.OPEN,
            ReviewAction.PASS,
            ReviewAction.RETURN,
            ReviewAction.REJECT,
            ReviewAction.TERMINATE,
            ReviewAction.UPHOLD_OBJECTION,
            ReviewAction.DISMISS_OBJECTION,
            ReviewAction.DISBURSE));

    /** The longest reason kept. */
    int MAX_REASON = 2000;

    ReviewAction action();

    <R> R accept(Visitor<R> visitor);

    /** One method per command: the exhaustive {@code switch} of Java 17. */
    interface Visitor<R> {
        R open(Open command);

        R pass(Pass command);

        R townPass(TownPass command);

        R finalPass(FinalPass command);

        R returnForCorrection(Return command);

        R reject(Reject command);

        R terminate(Terminate command);

        R upholdObjection(UpholdObjection command);

        R dismissObjection(DismissObjection command);

        R disburse(Disburse command);
    }

    /**
     * What a reviewer's form or a partner's request may carry, every field optional: the union of
     * what the actions take. {@link #of(ReviewAction, Fields)} keeps what the action takes and
     * ignores the rest.
     */
    record Fields(
            String reason,
            List<MaterialType> returnItems,
            Money verifiedAmount,
            LegalRepConfirmation legalRepConfirmation,
            Boolean paperDossierReceived,
            Boolean originalsChecked,
            String bankReference,
            LocalDate paidOn,
            Boolean seriousFraud,
            UUID objectionId) {

        /** Fields that name no objection. */
        public Fields(
                String reason,
                List<MaterialType> returnItems,
                Money verifiedAmount,
                LegalRepConfirmation legalRepConfirmation,
                Boolean paperDossierReceived,
                Boolean originalsChecked,
                String bankReference,
                LocalDate paidOn,
                Boolean seriousFraud) {
            this(
                    reason,
                    returnItems,
                    verifiedAmount,
                    legalRepConfirmation,
                    paperDossierReceived,
                    originalsChecked,
                    bankReference,
                    paidOn,
                    seriousFraud,
                    null);
        }

        public static Fields none() {
            return new Fields(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The command of a review action from the fields sent with it (which fields an action takes is
     * decided here and nowhere else). A {@code PASS} carrying the final review's answers (a verified
     * amount, the legal representative's confirmation or the check of the originals) is a
     * {@link FinalPass}; one carrying only
     * {@code paperDossierReceived} is a {@link TownPass}; one carrying neither is a {@link Pass}.
     *
     * @throws ValidationException naming the field and rule when the action is no review action or
     *         what it carries is incomplete
     */
    static ReviewCommand of(ReviewAction action, Fields f) {
        if (action == null || !ACTIONS.contains(action)) {
            throw ValidationException.of("action", "UNKNOWN_ACTION", null, "action must be one of " + ACTIONS);
        }
        return switch (action) {
            case OPEN -> new Open(f.reason());
            case PASS -> {
                if (f.verifiedAmount() != null || f.legalRepConfirmation() != null || f.originalsChecked() != null) {
                    yield new FinalPass(f.verifiedAmount(), f.legalRepConfirmation(), f.originalsChecked(), f.reason());
                }
                yield f.paperDossierReceived() != null
                        ? new TownPass(f.paperDossierReceived(), f.reason())
                        : new Pass(f.reason());
            }
            case RETURN -> new Return(f.reason(), f.returnItems());
            case REJECT -> new Reject(f.reason());
            case TERMINATE -> new Terminate(f.reason(), Boolean.TRUE.equals(f.seriousFraud()));
            case UPHOLD_OBJECTION -> new UpholdObjection(f.objectionId(), f.reason());
            case DISMISS_OBJECTION -> new DismissObjection(f.objectionId(), f.reason());
            case DISBURSE -> new Disburse(f.bankReference(), f.paidOn(), f.reason());
            default -> throw new IllegalStateException(action + " is listed as a review action but has no command");
        };
    }

    /** R-OBJ-1: a decision names the objection it decides. */
    private static void requireObjection(UUID objectionId) {
        if (objectionId == null) {
            throw ValidationException.of(
                    "objectionId", "REQUIRED", "R-OBJ-1", "a decision on an objection names the objection");
        }
    }

    /** A remark where the action needs none: kept when given, trimmed. */
    private static String optionalReason(String reason) {
        return Require.optionalText(reason, "reason", MAX_REASON);
    }

    /** R-FLOW-2: reject, return, termination and an upheld objection give a reason. */
    private static String requiredReason(String reason, ReviewAction action) {
        String text = Require.optionalText(reason, "reason", MAX_REASON);
        if (text == null) {
            throw ValidationException.of("reason", "REASON_REQUIRED", "R-FLOW-2", action + " needs a reason");
        }
        return text;
    }

    /** Opens the eligibility check of a submitted application (the credit look-up starts it, R-ELIG-4); a remark may go with it. */
    record Open(String reason) implements ReviewCommand {
        public Open {
            reason = optionalReason(reason);
        }

        public Open() {
            this(null);
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.OPEN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.open(this);
        }
    }

    /** Passes a stage whose passing carries nothing but a remark: the eligibility check (if eligible) and formal review. */
    record Pass(String reason) implements ReviewCommand {
        public Pass {
            reason = optionalReason(reason);
        }

        public Pass() {
            this(null);
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.PASS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pass(this);
        }
    }

    /** Passes the town re-check, recording that the sealed paper dossier was received (R-FLOW-4). */
    record TownPass(boolean paperDossierReceived, String reason) implements ReviewCommand {
        public TownPass {
            if (!paperDossierReceived) {
                throw dossierMissing();
            }
            reason = optionalReason(reason);
        }

        public TownPass(boolean paperDossierReceived) {
            this(paperDossierReceived, null);
        }

        /** The violation of a town re-check passed without the dossier's receipt. */
        static ValidationException dossierMissing() {
            return ValidationException.of(
                    "paperDossierReceived",
                    "DOSSIER_NOT_RECEIVED",
                    "R-FLOW-4",
                    "passing the town re-check records that the sealed paper dossier was received");
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.PASS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.townPass(this);
        }
    }

    /**
     * Passes final review with the expert's verified amount V (0 ≤ V; V ≤ E is checked against the
     * application's figures, R-FLOW-5), the legal representative's confirmation (R-FLOW-5) and the
     * check of the originals against the copies (R-FLOW-9).
     */
    record FinalPass(
            Money verifiedAmount, LegalRepConfirmation legalRepConfirmation, Boolean originalsChecked, String reason)
            implements ReviewCommand {
        public FinalPass {
            List<Violation> violations = violations(verifiedAmount, legalRepConfirmation, originalsChecked);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            reason = optionalReason(reason);
        }

        public FinalPass(Money verifiedAmount, LegalRepConfirmation legalRepConfirmation, Boolean originalsChecked) {
            this(verifiedAmount, legalRepConfirmation, originalsChecked, null);
        }

        /** Every unmet requirement of passing final review with these answers. */
        static List<Violation> violations(Money verified, LegalRepConfirmation confirmation, Boolean originals) {
            List<Violation> violations = new ArrayList<>();
            if (verified == null) {
                violations.add(
                        Violation.of("verifiedAmount", "REQUIRED", "R-FLOW-5", "the verified amount is required"));
            } else if (verified.isNegative()) {
                violations.add(Violation.of(
                        "verifiedAmount", "NEGATIVE_AMOUNT", "R-FLOW-5", "the verified amount cannot be negative"));
            }
            if (confirmation == null) {
                violations.add(Violation.of(
                        "legalRepConfirmation",
                        "REQUIRED",
                        "R-FLOW-5",
                        "the legal representative's confirmation (signature or power of attorney) is required"));
            }
            if (originals == null) {
                violations.add(Violation.of(
                        "originalsChecked",
                        "REQUIRED",
                        "R-FLOW-9",
                        "final review answers whether the originals were checked against the copies"));
            } else if (!originals) {
                violations.add(Violation.of(
                        "originalsChecked",
                        "ORIGINALS_NOT_CHECKED",
                        "R-FLOW-9",
                        "final review records that the originals were checked against the copies"));
            }
            return violations;
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.PASS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.finalPass(this);
        }
    }

    /** Returns the application for correction of the named material items, with a reason (R-FLOW-2, R-FLOW-3). */
    record Return(String reason, List<MaterialType> items) implements ReviewCommand {
        public Return {
            reason = requiredReason(reason, ReviewAction.RETURN);
            if (items == null || items.isEmpty()) {
                throw ValidationException.of(
                        "returnItems", "RETURN_ITEMS_REQUIRED", "R-FLOW-2", "a return names the material items to fix");
            }
            items = List.copyOf(new LinkedHashSet<>(Require.noNulls(items, "returnItems")));
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.RETURN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.returnForCorrection(this);
        }
    }

    /** Rejects the application, with a reason (R-FLOW-2). */
    record Reject(String reason) implements ReviewCommand {
        public Reject {
            reason = requiredReason(reason, ReviewAction.REJECT);
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.REJECT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reject(this);
        }
    }

    /** Terminates the review for suspected fraud, with a reason; serious fraud also disqualifies the applicant (R-FLOW-6). */
    record Terminate(String reason, boolean seriousFraud) implements ReviewCommand {
        public Terminate {
            reason = requiredReason(reason, ReviewAction.TERMINATE);
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.TERMINATE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.terminate(this);
        }
    }

    /** Upholds an open objection filed during the public notice, naming it, with a reason (R-OBJ-1): the application is rejected. */
    record UpholdObjection(UUID objectionId, String reason) implements ReviewCommand {
        public UpholdObjection {
            requireObjection(objectionId);
            reason = requiredReason(reason, ReviewAction.UPHOLD_OBJECTION);
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.UPHOLD_OBJECTION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.upholdObjection(this);
        }
    }

    /**
     * Dismisses an open objection (异议不成立), naming it, with a reason (R-OBJ-1). Dismissing the last
     * open one after the notice period passes the notice; otherwise the application stays on it.
     */
    record DismissObjection(UUID objectionId, String reason) implements ReviewCommand {
        public DismissObjection {
            requireObjection(objectionId);
            reason = requiredReason(reason, ReviewAction.DISMISS_OBJECTION);
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.DISMISS_OBJECTION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dismissObjection(this);
        }
    }

    /** Records the payment of the allocated amount: the bank's reference and the day paid. */
    record Disburse(String bankReference, LocalDate paidOn, String reason) implements ReviewCommand {
        public Disburse {
            String reference = Require.optionalText(bankReference, "bankReference", 100);
            List<Violation> missing = new ArrayList<>();
            if (reference == null) {
                missing.add(Violation.of("bankReference", "REQUIRED", null, "the bank reference is required"));
            }
            if (paidOn == null) {
                missing.add(Violation.of("paidOn", "REQUIRED", null, "the day of payment is required"));
            } else if (!cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar.inRange(paidOn)) {
                missing.add(cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar.outOfRange("paidOn"));
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            bankReference = reference;
            reason = optionalReason(reason);
        }

        public Disburse(String bankReference, LocalDate paidOn) {
            this(bankReference, paidOn, null);
        }

        @Override
        public ReviewAction action() {
            return ReviewAction.DISBURSE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.disburse(this);
        }
    }
}
