package cn.gov.dongguan.voucher.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase.ListQuery;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rules of a programme year through the use cases over in-memory adapters: objections, the re-check, disqualification, R-FLOW-3 lists. */
class ProgrammeYearRulesTest {

    final Scenario s = new Scenario();

    /** An application of the batch on the public notice (published 2025-12-01 10:00, period to 2025-12-08). */
    ApplicationId onNotice(int n) {
        ApplicationId id = s.submitted(n, DomainFixtures.DONGCHENG, "60000.00");
        s.reviewed(id, Scenario.TOWN_DONGCHENG, "60000.00");
        s.system.services.allocation().commit(Scenario.FUND, s.batch.code(), AllocationMode.RATIO);
        s.system.clock.set("2025-12-01T10:00");
        s.system.services.batchSteps().publish(Scenario.CITY, s.batch.code());
        return id;
    }

    @Test
    @Tag("R-OBJ-1")
    void r_obj_1_an_open_objection_holds_the_notice_and_the_report_until_the_city_bureau_dismisses_it() {
        ApplicationId id = onNotice(1);
        UUID objection = s.system.services.batchSteps().file(s.batch.code(), id, "关联关系未申报", "王先生");
        // only the city bureau reads objections, with the contact
        assertThat(s.system.services.batchSteps().objections(Scenario.CITY, id))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.contact()).isEqualTo("王先生");
                    assertThat(o.status()).isEqualTo(Objection.Status.OPEN);
                });
        assertThatThrownBy(() -> s.system.services.batchSteps().objections(Scenario.FUND, id))
                .isInstanceOf(ForbiddenException.class);

        s.system.clock.set("2025-12-09T00:00");
        assertThat(s.system.services.scheduler().endDueNotices()).isZero();
        ApplicationDetails held = s.system.services.reading().get(Scenario.CITY, id);
        assertThat(held.stage()).isEqualTo(ReviewStage.PUBLIC_NOTICE);
        assertThat(held.flags()).contains(ApplicationFlag.OBJECTION_PENDING);
        assertThatThrownBy(() -> s.system.services.batchSteps().report(Scenario.CITY, s.batch.code()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 with an open objection");
        assertThatThrownBy(() -> s.act(Scenario.CITY, id, new ReviewCommand.DismissObjection(UUID.randomUUID(), "不成立")))
                .isInstanceOf(cn.gov.dongguan.voucher.application.NotFoundException.class);

        ApplicationDetails passed =
                s.act(Scenario.CITY, id, new ReviewCommand.DismissObjection(objection, "经核查，异议不成立"));
        assertThat(passed.stage()).isEqualTo(ReviewStage.NOTICE_PASSED);
        assertThat(s.system.services.batchSteps().objections(Scenario.CITY, id))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(Objection.Status.DISMISSED);
                    assertThat(o.decidedBy()).isEqualTo(Scenario.CITY.name());
                    assertThat(o.reason()).isEqualTo("经核查，异议不成立");
                });
        assertThatThrownBy(() -> s.act(Scenario.CITY, id, new ReviewCommand.DismissObjection(objection, "再次")))
                .isInstanceOf(ConflictException.class);
        s.system.services.batchSteps().report(Scenario.CITY, s.batch.code());
        assertThat(s.system.services.reading().get(Scenario.CITY, id).stage()).isEqualTo(ReviewStage.REPORTED);
    }

    @Test
    @Tag("R-FLOW-10")
    void r_flow_10_a_listed_applicant_is_not_paid_and_the_city_bureau_rejects_the_approved_application() {
        ApplicationId id = onNotice(2);
        s.system.clock.set("2025-12-09T00:00");
        s.system.services.scheduler().endDueNotices();
        s.system.services.batchSteps().report(Scenario.CITY, s.batch.code());
        s.system.services.batchSteps().approve(Scenario.CITY, s.batch.code(), LocalDate.of(2025, 12, 20), "东府〔2025〕2号");
        var uscc =
                s.system.services.reading().get(Scenario.CITY, id).applicant().uscc();
        s.system
                .services
                .applicants()
                .record(
                        Scenario.CITY,
                        uscc,
                        new CreditRecord(LocalDate.of(2025, 12, 24), Set.of(CreditList.SERIOUS_DISHONESTY)));
        assertThatThrownBy(
                        () -> s.act(Scenario.FUND, id, new ReviewCommand.Disburse("BK-2", LocalDate.of(2025, 12, 25))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(Violation::code)
                        .containsExactly("CREDIT_LISTED"));
        assertThat(s.system.services.reading().get(Scenario.CITY, id).stage()).isEqualTo(ReviewStage.APPROVED);
        ApplicationDetails rejected = s.act(Scenario.CITY, id, new ReviewCommand.Reject("付款前复核：申报单位列入严重失信名单"));
        assertThat(rejected.stage()).isEqualTo(ReviewStage.REJECTED);
    }

    @Test
    @Tag("R-FLOW-6")
    void r_flow_6_a_disqualification_names_its_application_and_is_lifted_with_a_reason() {
        ApplicationId id = s.submitted(3, DomainFixtures.DONGCHENG, "60000.00");
        s.act(Scenario.CITY, id, new ReviewCommand.Open());
        s.act(Scenario.CITY, id, new ReviewCommand.Terminate("伪造发票", true));
        var applicant = s.system.services.reading().get(Scenario.CITY, id).applicant();
        assertThat(applicant.disqualification()).hasValueSatisfying(d -> {
            assertThat(d.applicationId()).isEqualTo(id.value());
            assertThat(d.reason()).isEqualTo("伪造发票");
        });
        assertThat(s.system.services.reading().get(Scenario.CITY, id).flags())
                .contains(ApplicationFlag.APPLICANT_DISQUALIFIED);
        // the list shows the applicant's standing too
        assertThat(s.system
                        .services
                        .queries()
                        .list(Scenario.CITY, ListQuery.firstPage(50))
                        .items())
                .singleElement()
                .satisfies(r -> assertThat(r.applicantDisqualified()).isTrue());
        assertThatThrownBy(() -> s.system.services.applicants().lift(Scenario.CITY, applicant.uscc(), " "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-FLOW-6");
        assertThatThrownBy(() -> s.system.services.applicants().lift(Scenario.FUND, applicant.uscc(), "复核"))
                .isInstanceOf(ForbiddenException.class);
        s.system.services.applicants().lift(Scenario.CITY, applicant.uscc(), "复核后恢复");
        assertThat(s.system
                        .services
                        .applicants()
                        .get(Scenario.CITY, applicant.uscc())
                        .isDisqualified())
                .isFalse();
        assertThat(s.system
                        .services
                        .queries()
                        .list(Scenario.CITY, ListQuery.firstPage(50))
                        .items())
                .singleElement()
                .satisfies(r -> assertThat(r.applicantDisqualified()).isFalse());
        assertThatThrownBy(() -> s.system.services.applicants().lift(Scenario.CITY, applicant.uscc(), "再次"))
                .isInstanceOf(ConflictException.class);
        assertThat(s.system.audit.all())
                .extracting(e -> e.action())
                .contains("DISQUALIFY_APPLICANT", "LIFT_DISQUALIFICATION");
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_an_overdue_return_is_withdrawn_in_the_list_its_count_and_the_dashboard_before_the_job_runs() {
        ApplicationId id = s.submitted(4, DomainFixtures.DONGCHENG, "60000.00");
        s.act(Scenario.CITY, id, new ReviewCommand.Open());
        s.act(Scenario.CITY, id, new ReviewCommand.Pass());
        s.system.clock.set("2025-11-20T10:00");
        s.act(Scenario.CITY, id, new ReviewCommand.Return("补正", List.of(MaterialType.SERVICE_PROOF)));
        ListQuery withdrawn = new ListQuery(
                s.batch.code(), Set.of(ReviewStage.WITHDRAWN), null, null, null, null, null, null, false, null, 50);
        assertThat(s.system.services.queries().count(Scenario.CITY, withdrawn)).isZero();
        s.system.clock.set("2025-11-26T00:00");
        assertThat(s.system.services.queries().count(Scenario.CITY, withdrawn)).isEqualTo(1);
        assertThat(s.system
                        .services
                        .queries()
                        .list(Scenario.CITY, ListQuery.firstPage(50))
                        .items())
                .singleElement()
                .satisfies(r -> assertThat(r.stage()).isEqualTo(ReviewStage.WITHDRAWN));
        assertThat(s.system.services.queries().applications(Scenario.CITY, s.batch.code()))
                .singleElement()
                .satisfies(r -> assertThat(r.stage()).isEqualTo(ReviewStage.WITHDRAWN));
    }

    @Test
    @Tag("R-CALC-3")
    @Tag("R-BATCH-3")
    void r_calc_3_the_same_lease_in_a_later_batch_finds_the_earlier_batchs_invoices_already_subsidised() {
        // P0 2025-01-10 60,000.00 and P1 2025-02-10 40,000.00, each invoiced on 2025-06-01
        var uscc = s.applicantWithLease(5, DomainFixtures.DONGCHENG, "ORD-5", "60000.00", "40000.00");
        ApplicationId first = s.file(uscc, "ORD-5");
        var later = new cn.gov.dongguan.voucher.domain.batch.BatchCode("2025-2");
        s.system
                .services
                .batches()
                .define(
                        Scenario.ADMIN,
                        new cn.gov.dongguan.voucher.application.port.in.DefineBatchUseCase.DefineBatchCommand(
                                later,
                                "2025年第二批",
                                2025,
                                new cn.gov.dongguan.voucher.domain.batch.AccountingWindow(
                                        LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31)),
                                s.batch.policy()));
        ApplicationId second = s.system
                .services
                .filing()
                .create(
                        Scenario.PORTAL,
                        later,
                        uscc,
                        DomainFixtures.content(List.of(cn.gov.dongguan.voucher.domain.lease.OrderNumber.of("ORD-5"))))
                .application()
                .id();

        var one = s.system.services.reading().calculation(Scenario.CITY, first);
        assertThat(one.eligibleExpense()).isEqualTo(cn.gov.dongguan.voucher.domain.shared.Money.of("100000.00"));
        var two = s.system.services.reading().calculation(Scenario.CITY, second);
        assertThat(two.leases().get(0).payments())
                .extracting(p -> p.reason())
                .containsExactly(cn.gov.dongguan.voucher.domain.calculation.ExclusionReason.OUTSIDE_WINDOW, null);
        assertThat(two.leases().get(0).invoices())
                .extracting(i -> i.reason())
                .containsOnly(cn.gov.dongguan.voucher.domain.calculation.ExclusionReason.ALREADY_SUBSIDISED);
        assertThat(two.eligibleExpense()).isEqualTo(cn.gov.dongguan.voucher.domain.shared.Money.ZERO);
        for (ApplicationId id : List.of(first, second)) {
            assertThat(s.system.services.reading().get(Scenario.CITY, id).flags())
                    .doesNotContain(ApplicationFlag.DUPLICATE_INVOICE);
        }
        // the earlier application withdrawn unfunded: its invoices are free for the later batch
        s.system.services.filing().withdraw(Scenario.PORTAL, first, "下一批再报");
        var freed = s.system.services.reading().calculation(Scenario.CITY, second);
        assertThat(freed.leases().get(0).invoices()).extracting(i -> i.reason()).containsOnlyNulls();
        assertThat(freed.eligibleExpense()).isEqualTo(cn.gov.dongguan.voucher.domain.shared.Money.of("40000.00"));
    }
}
