package cn.gov.dongguan.voucher.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.application.port.in.IngestUsageRecordsUseCase.Indexed;
import cn.gov.dongguan.voucher.application.testing.ProgrammeScenario;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The stored evaluation of issue 12: a read answers the evaluation stored with the application, and
 * after every kind of change to one of its facts that answer is still what evaluating all the facts
 * again gives. On H2 and PostgreSQL, where the drops are SQL over the real tables.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.Kind.class)
class StoredEvaluationTest {

    @Parameter
    TestDatabase.Kind kind;

    /** The read agrees with a fresh evaluation of every fact, and is answered from a stored evaluation. */
    private static ApplicationDetails agrees(JpaSystem system, ApplicationId id) {
        ApplicationDetails read = system.services.reading().get(ProgrammeScenario.CITY, id);
        ApplicationDetails fresh = system.freshDetails(ProgrammeScenario.CITY, id);
        // a lease's payments and invoices come back from PostgreSQL in no set order; the lines are the same
        assertThat(read.calculation())
                .usingRecursiveComparison()
                .ignoringCollectionOrder()
                .isEqualTo(fresh.calculation());
        assertThat(read.eligibility()).isEqualTo(fresh.eligibility());
        assertThat(read.flags()).isEqualTo(fresh.flags());
        assertThat(read.availableActions()).isEqualTo(fresh.availableActions());
        assertThat(read.stage()).isEqualTo(fresh.stage());
        // the read stored what it computed, or found it stored
        assertThat(system.db.jpa.inTransaction(() -> system.applications.findEvaluated(id)))
                .hasValueSatisfying(found -> assertThat(found.evaluation()).isPresent());
        assertThat(system.services.reading().calculation(ProgrammeScenario.CITY, id))
                .usingRecursiveComparison()
                .ignoringCollectionOrder()
                .isEqualTo(fresh.calculation());
        return read;
    }

    private boolean stored(JpaSystem system, ApplicationId id) {
        return system.db
                .jpa
                .inTransaction(() -> system.applications.findEvaluated(id))
                .orElseThrow()
                .evaluation()
                .isPresent();
    }

    @Test
    void a_submitted_application_is_stored_with_its_evaluation_and_read_from_it() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        ApplicationId id = s.submitted(1, DomainFixtures.DONGCHENG, "60000.00", "40000.00");
        assertThat(stored(system, id)).isTrue();
        ApplicationDetails read = agrees(system, id);
        assertThat(read.calculation().eligibleExpense()).isEqualTo(Money.of("100000.00"));
        assertThat(read.calculation().subsidy()).isEqualTo(Money.of("50000.00"));
    }

    @Test
    @Tag("R-CALC-2")
    void r_calc_2_a_payment_pushed_later_changes_what_the_read_answers() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        ApplicationId id = s.submitted(2, DomainFixtures.DONGCHENG, "60000.00");
        agrees(system, id);
        OrderNumber lease = system.services
                .reading()
                .get(ProgrammeScenario.CITY, id)
                .application()
                .content()
                .leaseOrderNos()
                .get(0);
        system.services
                .leases()
                .upsert(ProgrammeScenario.PLATFORM, lease, DomainFixtures.payment("P9", "2025-06-10", "20000.00"));
        system.services.leases().upsert(ProgrammeScenario.PLATFORM, lease, DomainFixtures.invoice(990_001, "20000.00"));
        assertThat(agrees(system, id).calculation().eligibleExpense()).isEqualTo(Money.of("80000.00"));
    }

    @Test
    @Tag("R-CALC-3")
    void r_calc_3_an_invoice_pushed_on_another_lease_flags_both_applications_at_once() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        ApplicationId first = s.submitted(3, DomainFixtures.DONGCHENG, "60000.00");
        agrees(system, first);
        UnifiedSocialCreditCode other =
                s.applicantWithLease(4, DomainFixtures.DONGCHENG, "ORD-SE-4-" + s.applicantBase(), "60000.00");
        ApplicationId second = s.file(other, "ORD-SE-4-" + s.applicantBase());
        agrees(system, second);
        // the first application's invoice, pushed again on the second's lease (R-CALC-3)
        var firstInvoice = system.services
                .reading()
                .get(ProgrammeScenario.CITY, first)
                .calculation()
                .leases()
                .get(0)
                .invoices()
                .get(0)
                .invoiceId();
        // DomainFixtures.invoice(n, …) ends its 20-digit number in n: the same n is the same invoice
        int n = Integer.parseInt(firstInvoice.number().substring(11));
        system.services
                .leases()
                .upsert(
                        ProgrammeScenario.PLATFORM,
                        OrderNumber.of("ORD-SE-4-" + s.applicantBase()),
                        DomainFixtures.invoice(n, "60000.00"));
        assertThat(agrees(system, first).flags()).contains(ApplicationFlag.DUPLICATE_INVOICE);
        assertThat(agrees(system, second).flags()).contains(ApplicationFlag.DUPLICATE_INVOICE);
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_a_policy_change_of_the_batch_changes_the_subsidy_read() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        ApplicationId id = s.submitted(5, DomainFixtures.DONGCHENG, "60000.00", "40000.00");
        agrees(system, id);
        system.services
                .batches()
                .change(
                        ProgrammeScenario.FUND,
                        s.batch.code(),
                        new PolicyChange(Ratio.of("0.30"), null, null, null, null, null, null));
        assertThat(stored(system, id)).isFalse();
        assertThat(agrees(system, id).calculation().subsidy()).isEqualTo(Money.of("30000.00"));
    }

    @Test
    @Tag("R-FLOW-6")
    void r_flow_6_a_disqualified_applicant_is_flagged_on_its_other_applications() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        ApplicationId id = s.submitted(6, DomainFixtures.DONGCHENG, "60000.00");
        ApplicationId fraud = s.submitted(7, DomainFixtures.DONGCHENG, "60000.00");
        agrees(system, id);
        // the provider of every scenario lease is one party: disqualifying the applicant of one
        // application must not leave the stored evaluation of an unrelated one wrong either
        s.act(ProgrammeScenario.CITY, fraud, new cn.gov.dongguan.voucher.domain.filing.ReviewCommand.Open());
        s.act(
                ProgrammeScenario.CITY,
                fraud,
                new cn.gov.dongguan.voucher.domain.filing.ReviewCommand.Terminate("伪造发票", true));
        agrees(system, id);
        system.services
                .applicants()
                .lift(
                        ProgrammeScenario.CITY,
                        system.services
                                .reading()
                                .get(ProgrammeScenario.CITY, fraud)
                                .application()
                                .applicantUscc(),
                        "复核后撤销");
        agrees(system, fraud);
    }

    @Test
    @Tag("R-ELIG-7")
    void metered_usage_arriving_after_filing_clears_the_no_usage_flag_on_the_read() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        UnifiedSocialCreditCode uscc = DomainFixtures.dongguanEnterprise(s.applicantBase() + 8);
        system.services
                .applicants()
                .register(
                        ProgrammeScenario.PORTAL,
                        uscc,
                        DomainFixtures.profile(DomainFixtures.DONGCHENG, ApplicantCategory.MANUFACTURING));
        OrderNumber lease = OrderNumber.of("ORD-SE-8-" + s.applicantBase());
        system.services.leases().upsert(ProgrammeScenario.PLATFORM, lease, DomainFixtures.terms(uscc));
        system.services
                .leases()
                .upsert(ProgrammeScenario.PLATFORM, lease, DomainFixtures.payment("P1", "2025-03-10", "60000.00"));
        ApplicationId id = s.file(uscc, lease.value());
        assertThat(agrees(system, id).flags()).contains(ApplicationFlag.NO_USAGE_EVIDENCE);
        Instant start = Instant.parse("2025-03-01T00:00:00Z");
        system.services
                .leases()
                .ingest(
                        ProgrammeScenario.PLATFORM,
                        List.of(new Indexed(
                                0,
                                new UsageRecord(
                                        "U-SE-" + s.applicantBase(),
                                        lease,
                                        start,
                                        start.plusSeconds(3600),
                                        new BigDecimal("8"),
                                        new BigDecimal("50")))),
                        List.of());
        assertThat(stored(system, id)).isFalse();
        assertThat(agrees(system, id).flags()).doesNotContain(ApplicationFlag.NO_USAGE_EVIDENCE);
    }

    @Test
    void the_background_refresh_computes_what_was_dropped_so_lists_show_current_figures() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        ApplicationId id = s.submitted(9, DomainFixtures.DONGCHENG, "60000.00");
        system.services
                .batches()
                .change(
                        ProgrammeScenario.FUND,
                        s.batch.code(),
                        new PolicyChange(Ratio.of("0.40"), null, null, null, null, null, null));
        assertThat(stored(system, id)).isFalse();
        while (system.services.scheduler().refreshEvaluations() > 0) {
            // until nothing is left to refresh
        }
        assertThat(stored(system, id)).isTrue();
        var row = system.db.jpa.inTransaction(() -> system.db
                .jpa
                .em()
                .createNativeQuery("SELECT subsidy FROM application WHERE id = ?1")
                .setParameter(1, id.toString())
                .getSingleResult());
        assertThat(new BigDecimal(row.toString())).isEqualByComparingTo("24000.00");
    }

    @Test
    void an_evaluation_computed_from_facts_older_than_a_drop_is_never_stored() {
        JpaSystem system = new JpaSystem(TestDatabase.of(kind));
        ProgrammeScenario s = JpaUseCaseTest.scenario(system);
        ApplicationId id = s.submitted(10, DomainFixtures.DONGCHENG, "60000.00");
        var before = system.db
                .jpa
                .inTransaction(() -> system.applications.findEvaluated(id))
                .orElseThrow();
        var figures = cn.gov.dongguan.voucher.application.port.out.ApplicationFigures.of(
                "旧名称", before.evaluation().orElseThrow());
        // a change drops the evaluation after a reader read the generation and the facts
        system.db.jpa.run(() -> system.applications.dropEvaluationsOfBatch(s.batch.code()));
        // the reader's write of what it computed is refused: the generation moved on
        assertThat(system.db.jpa.inTransaction(
                        () -> system.applications.cacheEvaluation(id, figures, before.generation())))
                .isFalse();
        // a writer's figures are written, its evaluation is not
        system.db.jpa.run(() -> system.applications.updateFigures(id, figures, before.generation()));
        var after = system.db
                .jpa
                .inTransaction(() -> system.applications.findEvaluated(id))
                .orElseThrow();
        assertThat(after.evaluation()).isEmpty();
        assertThat(after.generation()).isEqualTo(before.generation() + 2);
        // with the current generation, it is stored
        assertThat(system.db.jpa.inTransaction(
                        () -> system.applications.cacheEvaluation(id, figures, after.generation())))
                .isTrue();
        assertThat(system.db
                        .jpa
                        .inTransaction(() -> system.applications.findEvaluated(id))
                        .orElseThrow()
                        .evaluation())
                .contains(before.evaluation().orElseThrow());
    }
}
