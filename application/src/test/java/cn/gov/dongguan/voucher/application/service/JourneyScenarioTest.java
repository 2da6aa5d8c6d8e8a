package cn.gov.dongguan.voucher.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.application.port.in.ReadChangeFeedUseCase.FeedPage;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole programme for one application, from registration to disbursement, told step by step
 * over the real services and in-memory adapters.
 */
class JourneyScenarioTest {

    final Scenario s = new Scenario();

    @Test
    void an_application_goes_from_registration_to_disbursement() {
        // The portal registers the applicant; the platform pushes its lease, two payments and invoices, usage.
        // The portal files the application, uploads the 8 materials of an enterprise and submits it.
        ApplicationId id = s.submitted(1, DomainFixtures.DONGCHENG, "60000.00", "40000.00");
        ApplicationDetails submitted = s.system.services.reading().get(Scenario.CITY, id);
        assertThat(submitted.stage()).isEqualTo(ReviewStage.SUBMITTED);
        assertThat(submitted.calculation().eligibleExpense()).isEqualTo(Money.of("100000.00"));
        assertThat(submitted.calculation().subsidy()).isEqualTo(Money.of("50000.00"));
        assertThat(submitted.flags())
                .doesNotContain(ApplicationFlag.NO_USAGE_EVIDENCE, ApplicationFlag.DUPLICATE_INVOICE);
        assertThat(submitted.application().materials()).hasSize(8);

        // The city opens it: no credit look-up is recorded, so the port is asked (R-ELIG-4).
        s.act(Scenario.CITY, id, Scenario.request(ReviewAction.OPEN));
        assertThat(s.system
                        .applicantRepository
                        .find(submitted.applicant().uscc())
                        .orElseThrow()
                        .creditRecord())
                .isPresent();
        ApplicationDetails opened = s.system.services.reading().get(Scenario.CITY, id);
        assertThat(opened.eligibility().eligible()).isTrue();

        // Eligibility, formal review, the Dongcheng office's re-check, and the expert's final review.
        s.act(Scenario.CITY, id, Scenario.request(ReviewAction.PASS));
        s.act(Scenario.CITY, id, Scenario.request(ReviewAction.PASS));
        s.act(Scenario.TOWN_DONGCHENG, id, new ReviewCommand.TownPass(true));
        ApplicationDetails verified = s.act(
                Scenario.EXPERT,
                id,
                new ReviewCommand.FinalPass(
                        Money.of("90000.00"),
                        cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation.SIGNATURE,
                        true));
        assertThat(verified.stage()).isEqualTo(ReviewStage.AWAITING_ALLOCATION);
        assertThat(verified.calculation().subsidy()).isEqualTo(Money.of("45000.00"));

        // The fund manager simulates and commits; the budget suffices, so the full subsidy is allocated.
        AllocationSimulation simulation = s.system.services.allocation().simulate(Scenario.FUND, s.batch.code());
        assertThat(simulation.requested()).isEqualTo(Money.of("45000.00"));
        s.system.services.allocation().commit(Scenario.FUND, s.batch.code(), AllocationMode.RATIO);
        assertThat(s.system
                        .services
                        .reading()
                        .get(Scenario.CITY, id)
                        .application()
                        .allocatedAmount())
                .contains(Money.of("45000.00"));

        // The notice is published and appears publicly; after 7 days the scheduler ends it.
        s.system.clock.set("2025-12-01T10:00");
        s.system.services.batchSteps().publish(Scenario.CITY, s.batch.code());
        assertThat(s.system.services.batchSteps().notice(s.batch.code()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.subsidy()).isEqualTo(Money.of("45000.00"));
                    assertThat(e.applicantName()).isEqualTo("东莞市示例智能科技有限公司");
                });
        assertThat(s.system.services.scheduler().endDueNotices()).isZero();
        s.system.clock.set("2025-12-09T00:00");
        assertThat(s.system.services.scheduler().endDueNotices()).isEqualTo(1);
        assertThat(s.system.services.scheduler().endDueNotices()).isZero();

        // Report, approval and disbursement.
        s.system.services.batchSteps().report(Scenario.CITY, s.batch.code());
        s.system
                .services
                .batchSteps()
                .approve(Scenario.CITY, s.batch.code(), LocalDate.of(2025, 12, 20), "东府办〔2025〕88号");
        // R-FLOW-10: the look-up of 2025-11-01 is too old on the day of payment; a fresh one is recorded
        s.freshCreditCheck(id, LocalDate.of(2025, 12, 24));
        ApplicationDetails paid =
                s.act(Scenario.FUND, id, new ReviewCommand.Disburse("BK20251225001", LocalDate.of(2025, 12, 25)));
        assertThat(paid.stage()).isEqualTo(ReviewStage.DISBURSED);
        assertThat(paid.historyIntact()).isTrue();

        // The portal mirrors every move from the change feed, numbered without gaps.
        FeedPage feed = s.system.services.queries().read(Scenario.PORTAL, 0, 100);
        assertThat(feed.items())
                .extracting(FeedEvent::seq)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, feed.items().size())
                                .boxed()
                                .toList());
        assertThat(feed.items())
                .extracting(e -> ReviewStage.valueOf(e.to()))
                .containsExactly(
                        ReviewStage.DRAFT,
                        ReviewStage.SUBMITTED,
                        ReviewStage.ELIGIBILITY_CHECK,
                        ReviewStage.FORMAL_REVIEW,
                        ReviewStage.TOWN_REVIEW,
                        ReviewStage.FINAL_REVIEW,
                        ReviewStage.AWAITING_ALLOCATION,
                        ReviewStage.ALLOCATED,
                        ReviewStage.PUBLIC_NOTICE,
                        ReviewStage.NOTICE_PASSED,
                        ReviewStage.REPORTED,
                        ReviewStage.APPROVED,
                        ReviewStage.DISBURSED);
        assertThat(s.system
                        .services
                        .queries()
                        .read(Scenario.PORTAL, feed.next(), 100)
                        .items())
                .isEmpty();

        // The audit log holds every change, chained and intact.
        assertThat(s.system.audit.firstBrokenSeq()).isZero();
        assertThat(s.system.audit.all())
                .extracting(e -> e.action())
                .contains(
                        "SUBMIT",
                        "REVIEW_PASS",
                        "COMMIT_ALLOCATION",
                        "PUBLISH_NOTICE",
                        "END_NOTICE",
                        "RECORD_APPROVAL",
                        "REVIEW_DISBURSE");

        // R-BATCH-3: the approved payments never count again, in any later batch.
        ApplicationDetails approved = s.system.services.reading().get(Scenario.CITY, id);
        assertThat(s.system
                        .claimLedger
                        .claims(new ClaimQuery(
                                ApplicationId.of(java.util.UUID.randomUUID().toString()),
                                approved.applicant().uscc(),
                                List.of(cn.gov.dongguan.voucher.domain.lease.OrderNumber.of("ORD-1")),
                                List.of(),
                                2025,
                                s.system
                                        .services
                                        .batches()
                                        .get(
                                                Scenario.CITY,
                                                approved.application().batch())
                                        .code(),
                                LocalDate.of(2024, 4, 23)))
                        .subsidisedPayments())
                .hasSize(2);
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_a_returned_application_is_resubmitted_in_time_or_withdrawn_by_the_scheduler() {
        ApplicationId onTime = s.submitted(2, DomainFixtures.DONGCHENG, "60000.00");
        ApplicationId late = s.submitted(3, DomainFixtures.DONGCHENG, "60000.00");
        for (ApplicationId id : List.of(onTime, late)) {
            s.act(Scenario.CITY, id, Scenario.request(ReviewAction.OPEN));
            s.act(Scenario.CITY, id, Scenario.request(ReviewAction.PASS));
        }
        s.system.clock.set("2025-11-20T10:00");
        for (ApplicationId id : List.of(onTime, late)) {
            s.act(
                    Scenario.CITY,
                    id,
                    new ReviewCommand.Return(
                            "服务证明缺平台盖章", List.of(cn.gov.dongguan.voucher.domain.reference.MaterialType.SERVICE_PROOF)));
        }
        assertThat(s.system
                        .services
                        .reading()
                        .get(Scenario.CITY, late)
                        .application()
                        .returnDeadline())
                .contains(DomainFixtures.at("2025-11-25T23:59").plusSeconds(59));
        s.system.clock.set("2025-11-25T23:30");
        s.system.services.filing().resubmit(Scenario.PORTAL, onTime);
        s.system.clock.advance(Duration.ofHours(1));
        // read before the job has run: already withdrawn
        assertThat(s.system.services.reading().get(Scenario.CITY, late).stage()).isEqualTo(ReviewStage.WITHDRAWN);
        s.system.jobLock.holdElsewhere("expire-returned-applications");
        assertThat(s.system.services.scheduler().expireOverdue()).isZero();
        s.system.jobLock.release("expire-returned-applications");
        assertThat(s.system.services.scheduler().expireOverdue()).isEqualTo(1);
        assertThat(s.system.services.scheduler().expireOverdue()).isZero();
        assertThat(s.system.applicationRepository.find(late).orElseThrow().storedStage())
                .isEqualTo(ReviewStage.WITHDRAWN);
        assertThat(s.system.applicationRepository.find(onTime).orElseThrow().storedStage())
                .isEqualTo(ReviewStage.FORMAL_REVIEW);
    }
}
