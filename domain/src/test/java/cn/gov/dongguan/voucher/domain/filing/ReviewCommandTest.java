package cn.gov.dongguan.voucher.domain.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The review command: one record per action, each complete by construction, and the one factory of the wire. */
class ReviewCommandTest {

    static ReviewCommand.Fields fields(
            String reason,
            List<MaterialType> items,
            Money verified,
            LegalRepConfirmation confirmation,
            Boolean dossier,
            Boolean originals) {
        return new ReviewCommand.Fields(reason, items, verified, confirmation, dossier, originals, null, null, null);
    }

    static List<Violation> violations(ThrowingCallable construction) {
        try {
            construction.call();
        } catch (ValidationException e) {
            return e.violations();
        } catch (Throwable other) {
            throw new AssertionError("expected a ValidationException", other);
        }
        throw new AssertionError("expected a ValidationException, nothing was thrown");
    }

    @Test
    void the_review_actions_of_the_api_are_listed_once() {
        assertThat(ReviewCommand.ACTIONS)
                .containsExactly(
                        ReviewAction.OPEN,
                        ReviewAction.PASS,
                        ReviewAction.RETURN,
                        ReviewAction.REJECT,
                        ReviewAction.UPHOLD_OBJECTION,
                        ReviewAction.DISMISS_OBJECTION,
                        ReviewAction.DISBURSE,
                        ReviewAction.TERMINATE);
        for (ReviewAction action : ReviewCommand.ACTIONS) {
            ReviewCommand.Fields complete = new ReviewCommand.Fields(
                    "理由",
                    List.of(MaterialType.SERVICE_PROOF),
                    null,
                    null,
                    null,
                    null,
                    "BK-1",
                    LocalDate.of(2025, 12, 25),
                    false,
                    java.util.UUID.randomUUID());
            assertThat(ReviewCommand.of(action, complete).action()).isEqualTo(action);
        }
    }

    @Test
    void an_action_that_is_no_review_action_is_refused() {
        for (ReviewAction other :
                new ReviewAction[] {ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.EXPIRE, null}) {
            assertThat(violations(() -> ReviewCommand.of(other, ReviewCommand.Fields.none())))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("action", "UNKNOWN_ACTION"));
        }
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_reject_return_terminate_and_an_upheld_objection_need_a_reason() {
        List<ThrowingCallable> withoutReason = List.of(
                () -> new ReviewCommand.Reject(null),
                () -> new ReviewCommand.Reject("   "),
                () -> new ReviewCommand.Return(null, List.of(MaterialType.SERVICE_PROOF)),
                () -> new ReviewCommand.Terminate("", true),
                () -> new ReviewCommand.UpholdObjection(java.util.UUID.randomUUID(), null),
                () -> new ReviewCommand.DismissObjection(java.util.UUID.randomUUID(), " "));
        for (ThrowingCallable c : withoutReason) {
            assertThat(violations(c)).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("reason");
                assertThat(v.code()).isEqualTo("REASON_REQUIRED");
                assertThat(v.rule()).isEqualTo("R-FLOW-2");
            });
        }
        assertThat(new ReviewCommand.Reject("  实际支付不足5万元 ").reason()).isEqualTo("实际支付不足5万元");
        assertThat(violations(() -> new ReviewCommand.Reject("长".repeat(ReviewCommand.MAX_REASON + 1))))
                .extracting(Violation::field)
                .containsExactly("reason");
        assertThat(new ReviewCommand.Reject("长".repeat(ReviewCommand.MAX_REASON)).reason())
                .hasSize(2000);
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_a_return_names_the_items_once_each_in_the_order_given() {
        assertThat(violations(() -> new ReviewCommand.Return("补正", List.of())))
                .extracting(Violation::code, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RETURN_ITEMS_REQUIRED", "R-FLOW-2"));
        assertThat(violations(() -> new ReviewCommand.Return("补正", null)))
                .extracting(Violation::field)
                .containsExactly("returnItems");
        ReviewCommand.Return r = new ReviewCommand.Return(
                "补正", List.of(MaterialType.SERVICE_PROOF, MaterialType.LICENCE_ID_BANK, MaterialType.SERVICE_PROOF));
        assertThat(r.items()).containsExactly(MaterialType.SERVICE_PROOF, MaterialType.LICENCE_ID_BANK);
    }

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_passing_the_town_recheck_records_the_dossier_received() {
        assertThat(violations(() -> new ReviewCommand.TownPass(false)))
                .extracting(Violation::field, Violation::code, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "paperDossierReceived", "DOSSIER_NOT_RECEIVED", "R-FLOW-4"));
        assertThat(new ReviewCommand.TownPass(true).paperDossierReceived()).isTrue();
    }

    @Test
    @Tag("R-FLOW-5")
    @Tag("R-FLOW-9")
    void r_flow_5_and_r_flow_9_final_review_lists_every_missing_answer_at_once() {
        assertThat(violations(() -> new ReviewCommand.FinalPass(null, null, false)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("verifiedAmount", "R-FLOW-5"),
                        org.assertj.core.groups.Tuple.tuple("legalRepConfirmation", "R-FLOW-5"),
                        org.assertj.core.groups.Tuple.tuple("originalsChecked", "R-FLOW-9"));
        assertThat(violations(
                        () -> new ReviewCommand.FinalPass(Money.of("-0.01"), LegalRepConfirmation.SIGNATURE, true)))
                .extracting(Violation::code)
                .containsExactly("NEGATIVE_AMOUNT");
        assertThat(new ReviewCommand.FinalPass(Money.ZERO, LegalRepConfirmation.POWER_OF_ATTORNEY, true)
                        .verifiedAmount())
                .isEqualTo(Money.ZERO);
    }

    @Test
    void a_payment_records_the_bank_reference_and_the_day() {
        assertThat(violations(() -> new ReviewCommand.Disburse(" ", null)))
                .extracting(Violation::field)
                .containsExactly("bankReference", "paidOn");
        assertThat(new ReviewCommand.Disburse(" BK-1 ", LocalDate.of(2025, 12, 25)).bankReference())
                .isEqualTo("BK-1");
    }

    @Test
    void the_shape_of_pass_follows_what_is_sent_and_other_actions_ignore_fields_they_do_not_take() {
        assertThat(ReviewCommand.of(ReviewAction.PASS, ReviewCommand.Fields.none()))
                .isEqualTo(new ReviewCommand.Pass());
        assertThat(ReviewCommand.of(ReviewAction.PASS, fields("符合", null, null, null, true, null)))
                .isEqualTo(new ReviewCommand.TownPass(true, "符合"));
        assertThat(ReviewCommand.of(
                        ReviewAction.PASS,
                        fields(null, null, Money.of("90000.00"), LegalRepConfirmation.SIGNATURE, null, true)))
                .isEqualTo(new ReviewCommand.FinalPass(Money.of("90000.00"), LegalRepConfirmation.SIGNATURE, true));
        // a verified amount without the confirmation is an incomplete final review, refused as such
        assertThat(violations(() ->
                        ReviewCommand.of(ReviewAction.PASS, fields(null, null, Money.of("1.00"), null, null, true))))
                .extracting(Violation::field)
                .containsExactly("legalRepConfirmation");
        assertThat(ReviewCommand.of(
                        ReviewAction.RETURN,
                        fields(
                                "补正",
                                List.of(MaterialType.SERVICE_PROOF),
                                Money.of("1.00"),
                                LegalRepConfirmation.SIGNATURE,
                                true,
                                true)))
                .isEqualTo(new ReviewCommand.Return("补正", List.of(MaterialType.SERVICE_PROOF)));
        assertThat(ReviewCommand.of(
                        ReviewAction.TERMINATE,
                        new ReviewCommand.Fields("伪造发票", null, null, null, null, null, null, null, true)))
                .isEqualTo(new ReviewCommand.Terminate("伪造发票", true));
        assertThat(ReviewCommand.of(
                        ReviewAction.TERMINATE,
                        new ReviewCommand.Fields("伪造发票", null, null, null, null, null, null, null, null)))
                .isEqualTo(new ReviewCommand.Terminate("伪造发票", false));
    }

    @Test
    void every_command_is_dispatched_to_its_own_visitor_method() {
        ReviewCommand.Visitor<String> names = new ReviewCommand.Visitor<>() {
            public String open(ReviewCommand.Open c) {
                return "open";
            }

            public String pass(ReviewCommand.Pass c) {
                return "pass";
            }

            public String townPass(ReviewCommand.TownPass c) {
                return "townPass";
            }

            public String finalPass(ReviewCommand.FinalPass c) {
                return "finalPass";
            }

            public String returnForCorrection(ReviewCommand.Return c) {
                return "return";
            }

            public String reject(ReviewCommand.Reject c) {
                return "reject";
            }

            public String terminate(ReviewCommand.Terminate c) {
                return "terminate";
            }

            public String dismissObjection(ReviewCommand.DismissObjection c) {
                return "dismissObjection";
            }

            @Override
            public String upholdObjection(ReviewCommand.UpholdObjection c) {
                return "upholdObjection";
            }

            public String disburse(ReviewCommand.Disburse c) {
                return "disburse";
            }
        };
        List<ReviewCommand> all = List.of(
                new ReviewCommand.Open(),
                new ReviewCommand.Pass(),
                new ReviewCommand.TownPass(true),
                new ReviewCommand.FinalPass(Money.ZERO, LegalRepConfirmation.SIGNATURE, true),
                new ReviewCommand.Return("补正", List.of(MaterialType.SERVICE_PROOF)),
                new ReviewCommand.Reject("否"),
                new ReviewCommand.Terminate("伪造", false),
                new ReviewCommand.UpholdObjection(java.util.UUID.randomUUID(), "成立"),
                new ReviewCommand.DismissObjection(java.util.UUID.randomUUID(), "不成立"),
                new ReviewCommand.Disburse("BK", LocalDate.of(2025, 12, 25)));
        assertThat(all)
                .extracting(c -> c.accept(names))
                .containsExactly(
                        "open",
                        "pass",
                        "townPass",
                        "finalPass",
                        "return",
                        "reject",
                        "terminate",
                        "upholdObjection",
                        "dismissObjection",
                        "disburse");
    }
}
