package cn.gov.dongguan.voucher.domain.review;

import static cn.gov.dongguan.voucher.domain.review.ReviewAction.*;
import static cn.gov.dongguan.voucher.domain.review.ReviewStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** domain.md §7: the stage table, row by row, and moves it does not allow. */
class TransitionTableTest {

    @ParameterizedTest(name = "{0} --{1} by {2}--> {3}")
    @CsvSource({
        "DRAFT, SUBMIT, PORTAL, SUBMITTED",
        "SUBMITTED, OPEN, CITY_OFFICER, ELIGIBILITY_CHECK",
        "ELIGIBILITY_CHECK, PASS, CITY_OFFICER, FORMAL_REVIEW",
        "ELIGIBILITY_CHECK, REJECT, CITY_OFFICER, REJECTED",
        "FORMAL_REVIEW, PASS, CITY_OFFICER, TOWN_REVIEW",
        "FORMAL_REVIEW, RETURN, CITY_OFFICER, RETURNED",
        "FORMAL_REVIEW, REJECT, CITY_OFFICER, REJECTED",
        "RETURNED, RESUBMIT, PORTAL, FORMAL_REVIEW",
        "RETURNED, EXPIRE, SYSTEM, WITHDRAWN",
        "TOWN_REVIEW, PASS, TOWN_OFFICER, FINAL_REVIEW",
        "TOWN_REVIEW, REJECT, TOWN_OFFICER, REJECTED",
        "FINAL_REVIEW, PASS, EXPERT, AWAITING_ALLOCATION",
        "FINAL_REVIEW, REJECT, EXPERT, REJECTED",
        "AWAITING_ALLOCATION, ALLOCATE, FUND_MANAGER, ALLOCATED",
        "ALLOCATED, PUBLISH_NOTICE, CITY_OFFICER, PUBLIC_NOTICE",
        "PUBLIC_NOTICE, UPHOLD_OBJECTION, CITY_OFFICER, REJECTED",
        "PUBLIC_NOTICE, END_NOTICE, SYSTEM, NOTICE_PASSED",
        "NOTICE_PASSED, REPORT, CITY_OFFICER, REPORTED",
        "REPORTED, APPROVE, CITY_OFFICER, APPROVED",
        "APPROVED, DISBURSE, FUND_MANAGER, DISBURSED"
    })
    void every_row_of_the_stage_table_is_allowed(ReviewStage from, ReviewAction action, Role role, ReviewStage to) {
        assertThat(TransitionTable.require(from, action, role).to()).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({
        "DRAFT",
        "SUBMITTED",
        "ELIGIBILITY_CHECK",
        "FORMAL_REVIEW",
        "RETURNED",
        "TOWN_REVIEW",
        "FINAL_REVIEW",
        "AWAITING_ALLOCATION",
        "ALLOCATED",
        "PUBLIC_NOTICE",
        "NOTICE_PASSED",
        "REPORTED"
    })
    void the_portal_may_withdraw_in_any_stage_before_approved(ReviewStage from) {
        assertThat(TransitionTable.require(from, WITHDRAW, Role.PORTAL).to()).isEqualTo(WITHDRAWN);
    }

    @ParameterizedTest
    @CsvSource({"APPROVED", "DISBURSED", "REJECTED", "WITHDRAWN", "TERMINATED"})
    void withdrawal_is_refused_from_approved_on_and_in_ended_stages(ReviewStage from) {
        assertThatThrownBy(() -> TransitionTable.require(from, WITHDRAW, Role.PORTAL))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "SUBMITTED",
        "ELIGIBILITY_CHECK",
        "FORMAL_REVIEW",
        "RETURNED",
        "TOWN_REVIEW",
        "FINAL_REVIEW",
        "AWAITING_ALLOCATION",
        "ALLOCATED",
        "PUBLIC_NOTICE",
        "NOTICE_PASSED",
        "REPORTED"
    })
    void r_flow_6_the_city_may_terminate_for_fraud_in_any_review_stage(ReviewStage from) {
        assertThat(TransitionTable.require(from, TERMINATE, Role.CITY_OFFICER).to())
                .isEqualTo(TERMINATED);
    }

    @ParameterizedTest
    @CsvSource({"DRAFT", "APPROVED", "DISBURSED", "REJECTED", "WITHDRAWN", "TERMINATED"})
    @Tag("R-FLOW-6")
    void r_flow_6_termination_is_refused_outside_review(ReviewStage from) {
        assertThatThrownBy(() -> TransitionTable.require(from, TERMINATE, Role.CITY_OFFICER))
                .isInstanceOf(ConflictException.class);
    }

    static Stream<Arguments> forbiddenMoves() {
        return Stream.of(
                Arguments.of(SUBMITTED, OPEN, Role.PORTAL, ForbiddenException.class),
                Arguments.of(FORMAL_REVIEW, PASS, Role.FUND_MANAGER, ForbiddenException.class),
                Arguments.of(TOWN_REVIEW, PASS, Role.PLATFORM, ForbiddenException.class),
                Arguments.of(DRAFT, SUBMIT, Role.CITY_OFFICER, ForbiddenException.class),
                Arguments.of(APPROVED, DISBURSE, Role.CITY_OFFICER, ForbiddenException.class),
                Arguments.of(FINAL_REVIEW, TERMINATE, Role.EXPERT, ForbiddenException.class),
                Arguments.of(REPORTED, WITHDRAW, Role.ADMIN, ForbiddenException.class),
                // the stage has the action, but for another role: forbidden
                Arguments.of(FORMAL_REVIEW, PASS, Role.EXPERT, ForbiddenException.class),
                Arguments.of(FINAL_REVIEW, PASS, Role.CITY_OFFICER, ForbiddenException.class),
                Arguments.of(FORMAL_REVIEW, PASS, Role.TOWN_OFFICER, ForbiddenException.class),
                Arguments.of(TOWN_REVIEW, PASS, Role.CITY_OFFICER, ForbiddenException.class),
                // a role that may take the action somewhere, but the stage has no such action: a conflict
                Arguments.of(DRAFT, OPEN, Role.CITY_OFFICER, ConflictException.class),
                Arguments.of(SUBMITTED, PASS, Role.CITY_OFFICER, ConflictException.class),
                Arguments.of(ELIGIBILITY_CHECK, RETURN, Role.CITY_OFFICER, ConflictException.class),
                Arguments.of(TOWN_REVIEW, RETURN, Role.CITY_OFFICER, ConflictException.class),
                Arguments.of(REJECTED, PASS, Role.CITY_OFFICER, ConflictException.class),
                Arguments.of(DISBURSED, DISBURSE, Role.FUND_MANAGER, ConflictException.class),
                Arguments.of(SUBMITTED, SUBMIT, Role.PORTAL, ConflictException.class),
                Arguments.of(FORMAL_REVIEW, RESUBMIT, Role.PORTAL, ConflictException.class),
                Arguments.of(AWAITING_ALLOCATION, PUBLISH_NOTICE, Role.CITY_OFFICER, ConflictException.class),
                Arguments.of(ALLOCATED, REPORT, Role.CITY_OFFICER, ConflictException.class),
                Arguments.of(NOTICE_PASSED, APPROVE, Role.CITY_OFFICER, ConflictException.class),
                Arguments.of(REPORTED, DISBURSE, Role.FUND_MANAGER, ConflictException.class));
    }

    @ParameterizedTest(name = "{0} --{1} by {2}--> {3}")
    @MethodSource("forbiddenMoves")
    void moves_outside_the_table_are_refused(
            ReviewStage from, ReviewAction action, Role role, Class<? extends Exception> refusal) {
        assertThatThrownBy(() -> TransitionTable.require(from, action, role)).isInstanceOf(refusal);
    }

    @Test
    void ended_stages_have_no_way_out() {
        for (ReviewStage stage : ReviewStage.values()) {
            if (stage.isEnded()) {
                assertThat(TransitionTable.all()).noneMatch(t -> t.from() == stage);
            }
        }
    }

    @Test
    void no_move_leads_back_to_draft_and_every_stage_is_reachable() {
        assertThat(TransitionTable.all()).noneMatch(t -> t.to() == DRAFT);
        for (ReviewStage stage : ReviewStage.values()) {
            if (stage != DRAFT) {
                assertThat(TransitionTable.all()).anyMatch(t -> t.to() == stage);
            }
        }
    }
}
