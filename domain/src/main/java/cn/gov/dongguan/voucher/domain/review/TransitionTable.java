package cn.gov.dongguan.voucher.domain.review;

import static cn.gov.dongguan.voucher.domain.review.ReviewAction.*;
import static cn.gov.dongguan.voucher.domain.review.ReviewStage.*;
import static cn.gov.dongguan.voucher.domain.review.Role.*;

import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of domain.md §7: who may move an application from which stage, by which action, to
 * where. The only source of truth for the pipeline; nothing else decides a next stage.
 */
public final class TransitionTable {

    private static final List<Transition> ROWS = build();

    private TransitionTable() {}

    private static List<Transition> build() {
        List<Transition> rows = new ArrayList<>(List.of(
                new Transition(DRAFT, SUBMIT, PORTAL, SUBMITTED),
                new Transition(SUBMITTED, OPEN, CITY_OFFICER, ELIGIBILITY_CHECK),
                new Transition(ELIGIBILITY_CHECK, PASS, CITY_OFFICER, FORMAL_REVIEW),
                new Transition(ELIGIBILITY_CHECK, REJECT, CITY_OFFICER, REJECTED),
                new Transition(FORMAL_REVIEW, PASS, CITY_OFFICER, TOWN_REVIEW),
                new Transition(FORMAL_REVIEW, RETURN, CITY_OFFICER, RETURNED),
                new Transition(FORMAL_REVIEW, REJECT, CITY_OFFICER, REJECTED),
                new Transition(RETURNED, RESUBMIT, PORTAL, FORMAL_REVIEW),
                new Transition(RETURNED, EXPIRE, SYSTEM, WITHDRAWN),
                new Transition(TOWN_REVIEW, PASS, TOWN_OFFICER, FINAL_REVIEW),
                new Transition(TOWN_REVIEW, REJECT, TOWN_OFFICER, REJECTED),
                new Transition(FINAL_REVIEW, PASS, EXPERT, AWAITING_ALLOCATION),
                new Transition(FINAL_REVIEW, REJECT, EXPERT, REJECTED),
                new Transition(AWAITING_ALLOCATION, ALLOCATE, FUND_MANAGER, ALLOCATED),
                new Transition(ALLOCATED, PUBLISH_NOTICE, CITY_OFFICER, PUBLIC_NOTICE),
                new Transition(PUBLIC_NOTICE, UPHOLD_OBJECTION, CITY_OFFICER, REJECTED),
                // R-OBJ-1: dismissing the last open objection after the period passes the notice; any other
                // dismissal leaves the application in PUBLIC_NOTICE (the aggregate records it as a stay)
                new Transition(PUBLIC_NOTICE, DISMISS_OBJECTION, CITY_OFFICER, NOTICE_PASSED),
                new Transition(PUBLIC_NOTICE, END_NOTICE, SYSTEM, NOTICE_PASSED),
                new Transition(NOTICE_PASSED, REPORT, CITY_OFFICER, REPORTED),
                new Transition(REPORTED, APPROVE, CITY_OFFICER, APPROVED),
                new Transition(APPROVED, DISBURSE, FUND_MANAGER, DISBURSED),
                // R-FLOW-10: the city bureau's answer to a failed re-check before payment
                new Transition(APPROVED, REJECT, CITY_OFFICER, REJECTED)));
        for (ReviewStage stage : ReviewStage.values()) {
            if (stage.isWithdrawable()) {
                rows.add(new Transition(stage, WITHDRAW, PORTAL, WITHDRAWN));
            }
            if (stage.isUnderReview()) {
                rows.add(new Transition(stage, TERMINATE, CITY_OFFICER, TERMINATED));
            }
        }
        return List.copyOf(rows);
    }

    /** Every allowed move. */
    public static List<Transition> all() {
        return ROWS;
    }

    public static Optional<Transition> find(ReviewStage from, ReviewAction action) {
        return ROWS.stream()
                .filter(t -> t.from() == from && t.action() == action)
                .findFirst();
    }

    /** The actions {@code role} may take in {@code stage}. */
    public static List<ReviewAction> actionsFor(ReviewStage stage, Role role) {
        return ROWS.stream()
                .filter(t -> t.from() == stage && t.role() == role)
                .map(Transition::action)
                .toList();
    }

    /**
     * The transition for {@code action} in {@code stage} by {@code role}. Where the stage has the
     * action for another role, or the role may take it in no stage at all, the role is forbidden
     * (403); an action the stage does not have, by a role that may take it elsewhere, is a conflict
     * (409).
     */
    public static Transition require(ReviewStage from, ReviewAction action, Role role) {
        Optional<Transition> row = find(from, action);
        if (row.isPresent()) {
            if (row.get().role() != role) {
                throw new ForbiddenException(
                        from == TOWN_REVIEW ? "R-FLOW-4" : null,
                        "in stage " + from + " only the role "
                                + row.get().role().code() + " may " + action);
            }
            return row.get();
        }
        boolean roleEverMay = ROWS.stream().anyMatch(t -> t.action() == action && t.role() == role);
        if (!roleEverMay) {
            throw new ForbiddenException(null, "role " + role.code() + " may not " + action);
        }
        throw new ConflictException(
                Violation.of(null, "WRONG_STAGE", null, "action " + action + " does not fit stage " + from)
                        .with(java.util.List.of(action.name(), from.name())));
    }
}
