package cn.gov.dongguan.voucher.domain.filing;

import static cn.gov.dongguan.voucher.domain.DomainFixtures.DONGCHENG;
import static cn.gov.dongguan.voucher.domain.DomainFixtures.SONGSHANHU;
import static cn.gov.dongguan.voucher.domain.DomainFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityFailure;
import cn.gov.dongguan.voucher.domain.eligibility.EligibilityResult;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The application aggregate through the pipeline of domain.md §7 (R-FLOW-1..6, R-FLOW-9). */
class ApplicationTest {

    static final Actor PORTAL = Actor.of("portal", Role.PORTAL);
    static final Actor CITY = Actor.of("city", Role.CITY_OFFICER);
    static final Actor TOWN_DONGCHENG = Actor.townOfficer("town-dongcheng", DONGCHENG);
    static final Actor TOWN_SONGSHANHU = Actor.townOfficer("town-songshanhu", SONGSHANHU);
    static final Actor EXPERT = Actor.of("expert", Role.EXPERT);
    static final Actor FUND = Actor.of("fund", Role.FUND_MANAGER);
    static final EligibilityResult ELIGIBLE = new EligibilityResult(List.of());
    static final Money EXPENSE = Money.of("100000.00");
    static final ReviewFacts FACTS = new ReviewFacts(ELIGIBLE, EXPENSE);

    final Batch batch = DomainFixtures.batch2025();
    final Instant created = at("2025-11-01T09:00");

    Application draft(ApplicantCategory category) {
        return Application.create(
                new ApplicationId(UUID.randomUUID()),
                batch.code(),
                DomainFixtures.dongguanEnterprise(1),
                DONGCHENG,
                category,
                DomainFixtures.content(List.of(OrderNumber.of("1932244450134986753"))),
                PORTAL,
                created);
    }

    static void attachAll(Application application, ApplicantCategory category, Instant at) {
        for (MaterialType type : MaterialType.values()) {
            if (type.isRequiredFor(category)) {
                application.attachMaterial(
                        new Material(type, type.name().toLowerCase() + ".pdf", 1024, "a".repeat(64), at), PORTAL, at);
            }
        }
    }

    Application submitted() {
        Application application = draft(ApplicantCategory.MANUFACTURING);
        attachAll(application, ApplicantCategory.MANUFACTURING, created);
        application.submit(batch.policy(), PORTAL, at("2025-11-10T10:00"));
        return application;
    }

    Application inFormalReview() {
        Application application = submitted();
        application.act(new ReviewCommand.Open(), FACTS, CITY, at("2025-11-17T09:00"), batch.policy());
        application.act(new ReviewCommand.Pass(), FACTS, CITY, at("2025-11-17T10:00"), batch.policy());
        return application;
    }

    Application inTownReview() {
        Application application = inFormalReview();
        application.act(new ReviewCommand.Pass(), FACTS, CITY, at("2025-11-18T10:00"), batch.policy());
        return application;
    }

    Application inFinalReview() {
        Application application = inTownReview();
        application.act(
                new ReviewCommand.TownPass(true), FACTS, TOWN_DONGCHENG, at("2025-11-19T10:00"), batch.policy());
        return application;
    }

    @Test
    void a_new_application_is_a_draft_with_its_creation_in_the_history() {
        Application application = draft(ApplicantCategory.MANUFACTURING);
        assertThat(application.storedStage()).isEqualTo(ReviewStage.DRAFT);
        assertThat(application.history().records()).singleElement().satisfies(r -> {
            assertThat(r.from()).isNull();
            assertThat(r.to()).isEqualTo(ReviewStage.DRAFT);
            assertThat(r.action()).isEqualTo(ReviewAction.CREATE);
        });
        assertThat(application.pullEvents()).hasSize(1);
        assertThat(application.pullEvents()).isEmpty();
    }

    @Test
    void only_the_portal_files_an_application() {
        assertThatThrownBy(() -> Application.create(
                        new ApplicationId(UUID.randomUUID()),
                        batch.code(),
                        DomainFixtures.dongguanEnterprise(1),
                        DONGCHENG,
                        ApplicantCategory.MANUFACTURING,
                        DomainFixtures.content(List.of()),
                        CITY,
                        created))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    @Tag("R-FLOW-1")
    void r_flow_1_submission_lists_every_unmet_condition() {
        Application application = Application.create(
                new ApplicationId(UUID.randomUUID()),
                batch.code(),
                DomainFixtures.dongguanEnterprise(1),
                DONGCHENG,
                ApplicantCategory.MANUFACTURING,
                new ApplicationContent(
                        "项目",
                        List.of(),
                        DomainFixtures.content(List.of()).purposes(),
                        null,
                        DomainFixtures.content(List.of()).domains(),
                        null,
                        null,
                        new Declarations(false, true, false)),
                PORTAL,
                created);
        assertThatThrownBy(() -> application.submit(batch.policy(), PORTAL, at("2025-11-16T00:00")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    List<Violation> v = ((ValidationException) e).violations();
                    assertThat(v).allMatch(x -> x.rule().equals("R-FLOW-1"));
                    assertThat(v)
                            .extracting(Violation::code)
                            .contains("DEADLINE_PASSED", "MATERIAL_MISSING", "DECLARATION_MISSING", "NO_LEASE");
                    // items 1-8 for an enterprise, two missing declarations, no lease, the deadline
                    assertThat(v).hasSize(8 + 2 + 1 + 1);
                });
        assertThat(application.storedStage()).isEqualTo(ReviewStage.DRAFT);
        assertThat(application.history().records()).hasSize(1);
    }

    @Test
    @Tag("R-FLOW-1")
    void r_flow_1_financial_statements_are_required_only_of_enterprises_and_item_9_never() {
        Application institute = draft(ApplicantCategory.UNIVERSITY_OR_INSTITUTE);
        attachAll(institute, ApplicantCategory.UNIVERSITY_OR_INSTITUTE, created);
        assertThat(institute.submissionViolations(batch.policy(), created)).isEmpty();

        Application enterprise = draft(ApplicantCategory.SOFTWARE_IT);
        attachAll(enterprise, ApplicantCategory.UNIVERSITY_OR_INSTITUTE, created);
        assertThat(enterprise.submissionViolations(batch.policy(), created))
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("materials.FINANCIAL_STATEMENTS"));
    }

    @Test
    @Tag("R-FLOW-1")
    void r_flow_1_submission_is_accepted_up_to_the_last_second_of_the_deadline_day() {
        Application application = draft(ApplicantCategory.MANUFACTURING);
        attachAll(application, ApplicantCategory.MANUFACTURING, created);
        application.submit(batch.policy(), PORTAL, Instant.parse("2025-11-15T15:59:59Z"));
        assertThat(application.storedStage()).isEqualTo(ReviewStage.SUBMITTED);
        assertThat(application.submittedAt()).contains(Instant.parse("2025-11-15T15:59:59Z"));
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_every_move_is_recorded_with_actor_role_town_time_and_a_chained_hash() {
        Application application = inFinalReview();
        List<ReviewRecord> records = application.history().records();
        assertThat(records)
                .extracting(ReviewRecord::action)
                .containsExactly(
                        ReviewAction.CREATE,
                        ReviewAction.SUBMIT,
                        ReviewAction.OPEN,
                        ReviewAction.PASS,
                        ReviewAction.PASS,
                        ReviewAction.PASS);
        ReviewRecord town = records.get(5);
        assertThat(town.from()).isEqualTo(ReviewStage.TOWN_REVIEW);
        assertThat(town.to()).isEqualTo(ReviewStage.FINAL_REVIEW);
        assertThat(town.role()).isEqualTo(Role.TOWN_OFFICER);
        assertThat(town.town()).isEqualTo(DONGCHENG);
        assertThat(town.actorName()).isEqualTo("town-dongcheng");
        assertThat(town.at()).isEqualTo(at("2025-11-19T10:00"));
        assertThat(town.previousHash()).isEqualTo(records.get(4).hash());
        assertThat(application.history().verify().intact()).isTrue();
    }

    @Test
    @Tag("R-FLOW-2")
    void r_flow_2_reject_and_return_need_a_reason_and_a_return_names_the_items() {
        Application application = inFormalReview();
        assertThatThrownBy(() -> new ReviewCommand.Reject(null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-2");
        assertThatThrownBy(() -> new ReviewCommand.Return("  ", List.of(MaterialType.SERVICE_PROOF)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-2");
        assertThatThrownBy(() -> new ReviewCommand.Return("盖章不清", List.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("material items");
        assertThatThrownBy(() -> ReviewCommand.of(ReviewAction.REJECT, ReviewCommand.Fields.none()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-2");
        assertThat(application.storedStage()).isEqualTo(ReviewStage.FORMAL_REVIEW);
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_returned_at_10_00_on_20_november_means_a_deadline_of_25_november_23_59_59() {
        Application application = inFormalReview();
        application.act(
                new ReviewCommand.Return("服务证明缺少平台盖章", List.of(MaterialType.SERVICE_PROOF)),
                FACTS,
                CITY,
                at("2025-11-20T10:00"),
                batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.RETURNED);
        assertThat(application.returnDeadline()).contains(at("2025-11-25T23:59").plusSeconds(59));
        assertThat(application.returnItems()).containsExactly(MaterialType.SERVICE_PROOF);
        assertThat(application.stageAt(at("2025-11-25T23:59").plusSeconds(59))).isEqualTo(ReviewStage.RETURNED);
        assertThat(application.stageAt(at("2025-11-26T00:00"))).isEqualTo(ReviewStage.WITHDRAWN);
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_resubmission_within_the_window_goes_back_to_formal_review() {
        Application application = inFormalReview();
        application.act(
                new ReviewCommand.Return("补正", List.of(MaterialType.SERVICE_PROOF)),
                FACTS,
                CITY,
                at("2025-11-20T10:00"),
                batch.policy());
        application.attachMaterial(
                new Material(MaterialType.SERVICE_PROOF, "proof-v2.pdf", 2048, "b".repeat(64), at("2025-11-24T10:00")),
                PORTAL,
                at("2025-11-24T10:00"));
        application.resubmit(PORTAL, at("2025-11-25T23:00"));
        assertThat(application.storedStage()).isEqualTo(ReviewStage.FORMAL_REVIEW);
        assertThat(application.returnDeadline()).isEmpty();
        assertThat(application.completedAt()).contains(at("2025-11-25T23:00"));
        assertThat(application.submittedAt()).contains(at("2025-11-10T10:00"));
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_after_the_window_the_application_reads_withdrawn_and_resubmission_is_refused() {
        Application application = inFormalReview();
        application.act(
                new ReviewCommand.Return("补正", List.of(MaterialType.SERVICE_PROOF)),
                FACTS,
                CITY,
                at("2025-11-20T10:00"),
                batch.policy());
        assertThatThrownBy(() -> application.resubmit(PORTAL, at("2025-11-26T00:00")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> application.attachMaterial(
                        new Material(MaterialType.SERVICE_PROOF, "late.pdf", 1, "c".repeat(64), at("2025-11-26T08:00")),
                        PORTAL,
                        at("2025-11-26T08:00")))
                .isInstanceOf(ConflictException.class);
        assertThat(application.storedStage()).isEqualTo(ReviewStage.RETURNED);
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_the_scheduled_expiry_records_the_withdrawal_once() {
        Application application = inFormalReview();
        application.act(
                new ReviewCommand.Return("补正", List.of(MaterialType.SERVICE_PROOF)),
                FACTS,
                CITY,
                at("2025-11-20T10:00"),
                batch.policy());
        assertThat(application.expireIfOverdue(at("2025-11-25T12:00"))).isFalse();
        assertThat(application.expireIfOverdue(at("2025-11-26T00:05"))).isTrue();
        assertThat(application.expireIfOverdue(at("2025-11-26T00:06"))).isFalse();
        assertThat(application.storedStage()).isEqualTo(ReviewStage.WITHDRAWN);
        assertThat(application.history().last().orElseThrow().role()).isEqualTo(Role.SYSTEM);
    }

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_only_an_officer_of_the_applicants_town_may_recheck() {
        Application application = inTownReview();
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.TownPass(true),
                        FACTS,
                        TOWN_SONGSHANHU,
                        at("2025-11-19T10:00"),
                        batch.policy()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("town");
        assertThat(application.availableActions(TOWN_SONGSHANHU, at("2025-11-19T10:00")))
                .isEmpty();
        assertThat(application.availableActions(TOWN_DONGCHENG, at("2025-11-19T10:00")))
                .containsExactlyInAnyOrder(ReviewAction.PASS, ReviewAction.REJECT);
    }

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_passing_the_town_recheck_records_the_paper_dossier() {
        Application application = inTownReview();
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.Pass(), FACTS, TOWN_DONGCHENG, at("2025-11-19T10:00"), batch.policy()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-4");
        assertThatThrownBy(() -> new ReviewCommand.TownPass(false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-4");
        application.act(
                new ReviewCommand.TownPass(true), FACTS, TOWN_DONGCHENG, at("2025-11-19T10:00"), batch.policy());
        assertThat(application.paperDossierReceived()).isTrue();
    }

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_town_officers_act_only_in_town_review() {
        Application application = inFormalReview();
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.TownPass(true),
                        FACTS,
                        TOWN_DONGCHENG,
                        at("2025-11-19T10:00"),
                        batch.policy()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    @Tag("R-FLOW-5")
    void r_flow_5_final_review_needs_a_verified_amount_within_the_eligible_expense_and_the_confirmation() {
        Application application = inFinalReview();
        Money expense = Money.of("100000.00");
        ReviewFacts facts = new ReviewFacts(ELIGIBLE, expense);
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.FinalPass(Money.of("100000.01"), LegalRepConfirmation.SIGNATURE, true),
                        facts,
                        EXPERT,
                        at("2025-11-21T10:00"),
                        batch.policy()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-5");
        assertThatThrownBy(() -> new ReviewCommand.FinalPass(Money.of("-0.01"), LegalRepConfirmation.SIGNATURE, true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-5");
        assertThatThrownBy(() -> new ReviewCommand.FinalPass(Money.of("90000.00"), null, true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("confirmation");
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.Pass(), facts, EXPERT, at("2025-11-21T10:00"), batch.policy()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-5");
        assertThat(application.storedStage()).isEqualTo(ReviewStage.FINAL_REVIEW);

        application.act(
                new ReviewCommand.FinalPass(Money.of("100000.00"), LegalRepConfirmation.POWER_OF_ATTORNEY, true),
                facts,
                EXPERT,
                at("2025-11-21T10:00"),
                batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.AWAITING_ALLOCATION);
        assertThat(application.verifiedAmount()).contains(Money.of("100000.00"));
        assertThat(application.legalRepConfirmation()).contains(LegalRepConfirmation.POWER_OF_ATTORNEY);
    }

    @Test
    @Tag("R-FLOW-5")
    void r_flow_5_a_verified_amount_of_zero_is_allowed() {
        Application application = inFinalReview();
        application.act(
                new ReviewCommand.FinalPass(Money.ZERO, LegalRepConfirmation.SIGNATURE, true),
                FACTS,
                EXPERT,
                at("2025-11-21T10:00"),
                batch.policy());
        assertThat(application.verifiedAmount()).contains(Money.ZERO);
    }

    @Test
    @Tag("R-FLOW-9")
    void r_flow_9_final_review_records_that_the_originals_were_checked() {
        Application application = inFinalReview();
        assertThatThrownBy(() -> new ReviewCommand.FinalPass(Money.of("1.00"), LegalRepConfirmation.SIGNATURE, false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-9");
        application.act(
                new ReviewCommand.FinalPass(Money.of("1.00"), LegalRepConfirmation.SIGNATURE, true),
                FACTS,
                EXPERT,
                at("2025-11-21T10:00"),
                batch.policy());
        assertThat(application.originalsChecked()).isTrue();
    }

    @Test
    void r_elig_the_eligibility_check_cannot_pass_an_ineligible_application() {
        Application application = submitted();
        application.act(new ReviewCommand.Open(), FACTS, CITY, at("2025-11-17T09:00"), batch.policy());
        EligibilityResult failed = new EligibilityResult(List.of(new EligibilityFailure("R-ELIG-6", "below minimum")));
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.Pass(),
                        new ReviewFacts(failed, EXPENSE),
                        CITY,
                        at("2025-11-17T10:00"),
                        batch.policy()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::rule)
                        .containsExactly("R-ELIG-6"));
        application.act(new ReviewCommand.Reject("实际支付不足5万元"), FACTS, CITY, at("2025-11-17T10:00"), batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.REJECTED);
    }

    @Test
    @Tag("R-FLOW-6")
    void r_flow_6_fraud_ends_the_review_at_once_with_a_reason() {
        Application application = inTownReview();
        assertThatThrownBy(() -> new ReviewCommand.Terminate(null, true))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-2");
        application.act(new ReviewCommand.Terminate("伪造发票", true), FACTS, CITY, at("2025-11-19T10:00"), batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.TERMINATED);
        assertThat(application.history().last().orElseThrow().note()).isEqualTo("seriousFraud=true");
        assertThat(application.availableActions(CITY, at("2025-11-19T11:00"))).isEmpty();
    }

    @Test
    void the_whole_pipeline_from_draft_to_disbursement() {
        Application application = onNotice();
        assertThat(application.noticeEndsAt()).contains(at("2025-12-08T23:59").plusSeconds(59));
        assertThat(application.endNoticeIfDue(at("2025-12-08T23:00"))).isFalse();
        assertThat(application.endNoticeIfDue(at("2025-12-09T00:00"))).isTrue();
        application.report(CITY, at("2025-12-10T10:00"));
        application.approve(LocalDate.of(2025, 12, 20), "东府办〔2025〕1号", CITY, at("2025-12-20T10:00"));
        assertThatThrownBy(() -> application.withdraw(PORTAL, at("2025-12-21T10:00"), null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> new ReviewCommand.Disburse(null, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::field)
                        .containsExactly("bankReference", "paidOn"));
        application.act(
                new ReviewCommand.Disburse("BK20251225001", LocalDate.of(2025, 12, 25)),
                paying(application, LocalDate.of(2025, 12, 20)),
                FUND,
                at("2025-12-25T10:00"),
                batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.DISBURSED);
        assertThat(application.allocatedAmount()).contains(Money.of("50000.00"));
        assertThat(application.bankReference()).contains("BK20251225001");
        assertThat(application.history().records()).hasSize(13);
        assertThat(application.history().verify().intact()).isTrue();
        assertThat(application.pullEvents()).extracting(StageChanged::to).endsWith(ReviewStage.DISBURSED);
    }

    @Test
    void an_upheld_objection_during_the_notice_rejects() {
        Application application = onNotice();
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.UpholdObjection(UUID.randomUUID(), "异议成立"),
                        FACTS,
                        CITY,
                        at("2025-12-02T10:00"),
                        batch.policy()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).violations())
                        .extracting(Violation::code, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("NO_OPEN_OBJECTION", "R-OBJ-1")));
        assertThat(application.objectionFiled(at("2025-12-02T10:00"))).isTrue();
        application.act(
                new ReviewCommand.UpholdObjection(UUID.randomUUID(), "异议成立：关联关系"),
                FACTS,
                CITY,
                at("2025-12-03T10:00"),
                batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.REJECTED);
    }

    /** Facts for a payment: the applicant as the re-check sees it, its credit looked up on {@code checkedOn}. */
    static ReviewFacts paying(Application application, LocalDate checkedOn) {
        var applicant = DomainFixtures.applicant(application.applicantUscc());
        applicant.recordCreditCheck(
                new cn.gov.dongguan.voucher.domain.applicant.CreditRecord(checkedOn, java.util.Set.of()));
        return new ReviewFacts(ELIGIBLE, EXPENSE, applicant, 30, 0);
    }

    Application onNotice() {
        Application application = inFinalReview();
        application.act(
                new ReviewCommand.FinalPass(Money.of("100000.00"), LegalRepConfirmation.SIGNATURE, true),
                FACTS,
                EXPERT,
                at("2025-11-21T10:00"),
                batch.policy());
        application.allocate(Money.of("50000.00"), FUND, at("2025-11-28T10:00"));
        application.publishNotice(CITY, at("2025-12-01T10:00"), batch.policy());
        return application;
    }

    @Test
    @Tag("R-OBJ-1")
    void r_obj_1_an_open_objection_holds_the_notice_past_its_period_until_the_last_one_is_dismissed() {
        Application application = onNotice();
        application.objectionFiled(at("2025-12-03T10:00"));
        // the period ends on 2025-12-08 23:59:59; the objection is still open
        assertThat(application.endNoticeIfDue(at("2025-12-09T00:00"))).isFalse();
        assertThat(application.stageAt(at("2025-12-09T00:00"))).isEqualTo(ReviewStage.PUBLIC_NOTICE);
        assertThat(application.flagsAt(at("2025-12-09T00:00"))).contains(ApplicationFlag.OBJECTION_PENDING);
        assertThat(application.flagsAt(at("2025-12-08T23:00"))).doesNotContain(ApplicationFlag.OBJECTION_PENDING);
        assertThatThrownBy(() -> application.report(CITY, at("2025-12-09T10:00")))
                .isInstanceOf(ConflictException.class);

        // a second objection still open: the dismissal is recorded, the application stays on the notice
        application.act(
                new ReviewCommand.DismissObjection(UUID.randomUUID(), "异议不成立"),
                FACTS.withOtherOpenObjections(1),
                CITY,
                at("2025-12-09T10:00"),
                batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.PUBLIC_NOTICE);
        assertThat(application.history().last().orElseThrow().action()).isEqualTo(ReviewAction.DISMISS_OBJECTION);
        // the last one dismissed after the period: the notice is passed
        application.act(
                new ReviewCommand.DismissObjection(UUID.randomUUID(), "经核查，异议不成立"),
                FACTS,
                CITY,
                at("2025-12-09T11:00"),
                batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.NOTICE_PASSED);
        assertThat(application.history().last().orElseThrow().reason()).isEqualTo("经核查，异议不成立");
        assertThat(application.history().verify().intact()).isTrue();
    }

    @Test
    @Tag("R-OBJ-1")
    void r_obj_1_dismissing_during_the_period_leaves_the_notice_to_run_out() {
        Application application = onNotice();
        application.objectionFiled(at("2025-12-03T10:00"));
        application.act(
                new ReviewCommand.DismissObjection(UUID.randomUUID(), "异议不成立"),
                FACTS,
                CITY,
                at("2025-12-04T10:00"),
                batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.PUBLIC_NOTICE);
        assertThat(application.stageAt(at("2025-12-09T00:00"))).isEqualTo(ReviewStage.NOTICE_PASSED);
        assertThat(application.endNoticeIfDue(at("2025-12-09T00:00"))).isTrue();
    }

    Application approved() {
        Application application = onNotice();
        application.endNoticeIfDue(at("2025-12-09T00:00"));
        application.report(CITY, at("2025-12-10T10:00"));
        application.approve(LocalDate.of(2025, 12, 20), "东府办〔2025〕1号", CITY, at("2025-12-20T10:00"));
        return application;
    }

    @Test
    @Tag("R-FLOW-10")
    void r_flow_10_no_payment_on_a_credit_look_up_older_than_the_limit_or_showing_a_listing() {
        Application application = approved();
        LocalDate paidOn = LocalDate.of(2025, 12, 25);
        ReviewFacts stale = paying(application, LocalDate.of(2025, 11, 24));
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.Disburse("BK-1", paidOn),
                        stale,
                        FUND,
                        at("2025-12-25T10:00"),
                        batch.policy()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::code, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("CREDIT_CHECK_TOO_OLD", "R-ELIG-4")));
        var listed = DomainFixtures.applicant(application.applicantUscc());
        listed.recordCreditCheck(new cn.gov.dongguan.voucher.domain.applicant.CreditRecord(
                LocalDate.of(2025, 12, 24),
                java.util.Set.of(cn.gov.dongguan.voucher.domain.reference.CreditList.SERIOUS_DISHONESTY)));
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.Disburse("BK-1", paidOn),
                        new ReviewFacts(ELIGIBLE, EXPENSE, listed, 30, 0),
                        FUND,
                        at("2025-12-25T10:00"),
                        batch.policy()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::code)
                        .containsExactly("CREDIT_LISTED"));
        assertThat(application.storedStage()).isEqualTo(ReviewStage.APPROVED);
        // 30 days old on the day of payment is still in time
        application.act(
                new ReviewCommand.Disburse("BK-1", paidOn),
                paying(application, LocalDate.of(2025, 11, 25)),
                FUND,
                at("2025-12-25T10:00"),
                batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.DISBURSED);
    }

    @Test
    @Tag("R-FLOW-10")
    @Tag("R-FLOW-6")
    void r_flow_10_a_disqualified_applicant_is_not_paid_and_the_city_bureau_rejects_the_approved_application() {
        Application application = approved();
        var disqualified = DomainFixtures.applicant(application.applicantUscc());
        disqualified.disqualify(at("2025-12-22T10:00"), "另一项目中伪造发票", "city");
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.Disburse("BK-1", LocalDate.of(2025, 12, 25)),
                        new ReviewFacts(ELIGIBLE, EXPENSE, disqualified, 30, 0),
                        FUND,
                        at("2025-12-25T10:00"),
                        batch.policy()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-6");
        assertThatThrownBy(() -> application.act(
                        new ReviewCommand.Reject("复核未通过"), FACTS, FUND, at("2025-12-26T10:00"), batch.policy()))
                .isInstanceOf(cn.gov.dongguan.voucher.domain.shared.ForbiddenException.class);
        application.act(
                new ReviewCommand.Reject("付款前复核：申报单位被取消申报资格"), FACTS, CITY, at("2025-12-26T10:00"), batch.policy());
        assertThat(application.storedStage()).isEqualTo(ReviewStage.REJECTED);
    }

    @Test
    void the_portal_may_withdraw_before_approval() {
        Application application = inTownReview();
        application.withdraw(PORTAL, at("2025-11-19T10:00"), "企业主动放弃");
        assertThat(application.storedStage()).isEqualTo(ReviewStage.WITHDRAWN);
        assertThat(application.storedStage().isEnded()).isTrue();
    }

    @Test
    void a_stored_application_restores_to_an_equal_one() {
        Application application = inFinalReview();
        ApplicationState state = application.snapshot();
        Application restored = Application.restore(state);
        assertThat(restored.snapshot()).isEqualTo(state);
        assertThat(restored.history().verify().intact()).isTrue();
    }

    @Test
    void a_state_whose_stage_contradicts_its_history_cannot_be_restored() {
        ApplicationState state = inTownReview().snapshot();
        ApplicationState damaged = new ApplicationState(
                state.id(),
                state.batch(),
                state.applicantUscc(),
                state.town(),
                state.category(),
                state.content(),
                ReviewStage.APPROVED,
                state.version(),
                state.createdAt(),
                state.submittedAt(),
                state.completedAt(),
                null,
                null,
                null,
                state.materials(),
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
                state.flags(),
                state.history());
        assertThatThrownBy(() -> Application.restore(damaged)).isInstanceOf(IllegalStateException.class);
    }
}
