package cn.gov.dongguan.voucher.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.testing.CountingPorts;
import cn.gov.dongguan.voucher.application.testing.InMemorySystem;
import cn.gov.dongguan.voucher.application.testing.ProgrammeScenario;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.LegalRepConfirmation;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What one review action costs: every call it makes to an outbound port, counted by proxies around
 * the in-memory adapters. The budget is 16 calls (12 before the monitoring look-up of R-POST-1; 13
 * before the stored evaluation, which adds the read of its generation, the drop of the related
 * applications' and, where the applicant changes, the drop of the party's) to the ports that reach the database or a partner
 * system; the clock (read once per use case) and the transaction boundary are counted and printed
 * apart. Each action is measured on its own, after the steps before it ran uncounted.
 */
class ReviewCostTest {

    static final int BUDGET = 16;
    /** Ports that reach no database and no partner: the use case's instant and its transaction. */
    static final String[] INFRASTRUCTURE = {"ClockPort", "TransactionsPort"};

    final InMemorySystem system = new InMemorySystem();
    final CountingPorts counting = new CountingPorts(system.ports());
    final Services services = Services.assemble(counting.ports());
    final Batch batch = DomainFixtures.batch2025();
    final ProgrammeScenario s = new ProgrammeScenario(services, batch, 700);
    final Map<String, Integer> costs = new LinkedHashMap<>();

    ReviewCostTest() {
        system.withBatch(batch);
    }

    /** Runs one review action counted, prints what it cost and returns the number of store and partner calls. */
    int cost(String name, Actor actor, ApplicationId id, ReviewCommand command) {
        long version = s.version(id);
        counting.reset();
        services.review().act(actor, id, version, command);
        int calls = counting.total(INFRASTRUCTURE);
        int all = counting.total();
        System.out.printf(
                "[review cost] %-42s %2d calls to stores and partners (%d with clock and transaction): %s%n",
                name, calls, all, counting.calls());
        costs.put(name, calls);
        return calls;
    }

    @Test
    void every_review_action_costs_at_most_sixteen_calls_to_the_stores_and_partners() {
        ApplicationId id = s.submitted(1, DomainFixtures.DONGCHENG, "60000.00", "40000.00", "30000.00");
        ApplicationId objected = s.submitted(2, DomainFixtures.DONGCHENG, "80000.00");
        ApplicationId returned = s.submitted(3, DomainFixtures.SONGSHANHU, "70000.00");
        ApplicationId rejected = s.submitted(4, DomainFixtures.SONGSHANHU, "70000.00");
        ApplicationId fraud = s.submitted(5, DomainFixtures.SONGSHANHU, "70000.00");

        cost("OPEN (no credit look-up recorded yet)", ProgrammeScenario.CITY, id, new ReviewCommand.Open());
        cost("PASS eligibility check", ProgrammeScenario.CITY, id, new ReviewCommand.Pass());
        cost("PASS formal review", ProgrammeScenario.CITY, id, new ReviewCommand.Pass());
        cost("PASS town re-check (TownPass)", ProgrammeScenario.TOWN_DONGCHENG, id, new ReviewCommand.TownPass(true));
        cost(
                "PASS final review (FinalPass)",
                ProgrammeScenario.EXPERT,
                id,
                new ReviewCommand.FinalPass(Money.of("90000.00"), LegalRepConfirmation.SIGNATURE, true));

        s.act(ProgrammeScenario.CITY, returned, new ReviewCommand.Open());
        s.act(ProgrammeScenario.CITY, returned, new ReviewCommand.Pass());
        cost(
                "RETURN formal review",
                ProgrammeScenario.CITY,
                returned,
                new ReviewCommand.Return("服务证明缺平台盖章", List.of(MaterialType.SERVICE_PROOF)));
        s.act(ProgrammeScenario.CITY, rejected, new ReviewCommand.Open());
        cost("REJECT eligibility check", ProgrammeScenario.CITY, rejected, new ReviewCommand.Reject("不符合申报条件"));
        s.act(ProgrammeScenario.CITY, fraud, new ReviewCommand.Open());
        cost(
                "TERMINATE with serious fraud (disqualifies)",
                ProgrammeScenario.CITY,
                fraud,
                new ReviewCommand.Terminate("伪造发票", true));

        s.reviewed(objected, ProgrammeScenario.TOWN_DONGCHENG, "80000.00");
        services.filing().withdraw(ProgrammeScenario.PORTAL, returned, null);
        services.allocation().commit(ProgrammeScenario.FUND, batch.code(), AllocationMode.RATIO);
        system.clock.set("2025-12-01T10:00");
        services.batchSteps().publish(ProgrammeScenario.CITY, batch.code());
        java.util.UUID objection = services.batchSteps().file(batch.code(), objected, "该企业与算力提供方存在关联关系", null);
        cost(
                "UPHOLD_OBJECTION on the notice",
                ProgrammeScenario.CITY,
                objected,
                new ReviewCommand.UpholdObjection(objection, "异议成立"));

        system.clock.set("2025-12-09T00:00");
        services.scheduler().endDueNotices();
        services.batchSteps().report(ProgrammeScenario.CITY, batch.code());
        services.batchSteps().approve(ProgrammeScenario.CITY, batch.code(), LocalDate.of(2025, 12, 20), "东府办〔2025〕88号");
        s.freshCreditCheck(id, LocalDate.of(2025, 12, 24));
        cost(
                "DISBURSE",
                ProgrammeScenario.FUND,
                id,
                new ReviewCommand.Disburse("BK20251225001", LocalDate.of(2025, 12, 25)));

        assertThat(services.reading().get(ProgrammeScenario.CITY, id).stage()).isEqualTo(ReviewStage.DISBURSED);
        assertThat(services.reading().get(ProgrammeScenario.CITY, objected).stage())
                .isEqualTo(ReviewStage.REJECTED);
        assertThat(services.reading()
                        .get(ProgrammeScenario.CITY, fraud)
                        .applicant()
                        .isDisqualified())
                .isTrue();
        assertThat(costs)
                .hasSize(10)
                .allSatisfy((action, calls) -> assertThat(calls).as(action).isLessThanOrEqualTo(BUDGET));
        System.out.printf(
                "[review cost] most expensive action: %d calls to stores and partners (budget %d)%n",
                costs.values().stream().mapToInt(Integer::intValue).max().orElseThrow(), BUDGET);
    }

    @Test
    void the_clock_is_read_once_and_one_transaction_is_opened_per_action() {
        ApplicationId id = s.submitted(1, DomainFixtures.DONGCHENG, "60000.00");
        s.act(ProgrammeScenario.CITY, id, new ReviewCommand.Open());
        long version = s.version(id);
        counting.reset();
        services.review().act(ProgrammeScenario.CITY, id, version, new ReviewCommand.Pass());
        assertThat(counting.calls())
                .containsEntry("ClockPort.now", 1)
                .containsEntry("TransactionsPort.inTransaction", 1)
                .containsEntry("ApplicationPort.find", 1)
                .containsEntry("ApplicationPort.update", 1)
                .containsEntry("AuditLogPort.append", 1)
                .containsEntry("ChangeFeedPort.append", 1);
    }
}
