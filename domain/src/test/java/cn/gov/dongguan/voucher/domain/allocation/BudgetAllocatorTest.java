package cn.gov.dongguan.voucher.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-CALC-9: RATIO, CAP and FIRST_COME side by side, worked by hand. */
class BudgetAllocatorTest {

    static final Money CAP = Money.of("1000000.00");
    static final Instant T0 = Instant.parse("2025-11-01T01:00:00Z");

    static AllocationCandidate candidate(int n, String basis, int minutesAfterStart) {
        return new AllocationCandidate(
                new ApplicationId(new UUID(0, n)),
                DomainFixtures.dongguanEnterprise(n),
                "单位" + n,
                Money.of(basis),
                CAP,
                T0.plusSeconds(60L * minutesAfterStart));
    }

    static List<Money> allocated(AllocationOutcome outcome) {
        return outcome.rows().stream().map(AllocationRow::allocated).toList();
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_when_the_budget_suffices_every_mode_gives_the_full_subsidy() {
        List<AllocationCandidate> c = List.of(candidate(1, "100000.00", 0), candidate(2, "3000000.00", 1));
        AllocationSimulation s = BudgetAllocator.simulate(c, Ratio.HALF, CAP, Money.of("2000000.00"));
        assertThat(s.requested()).isEqualTo(Money.of("1050000.00"));
        assertThat(s.oversubscribed()).isFalse();
        for (AllocationMode mode : AllocationMode.values()) {
            assertThat(allocated(s.outcome(mode))).containsExactly(Money.of("50000.00"), Money.of("1000000.00"));
        }
        assertThat(s.ratio().ratio()).isEqualTo(Ratio.HALF);
        assertThat(s.cap().cap()).isEqualTo(CAP);
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_ratio_mode_finds_the_highest_ratio_in_steps_of_a_hundredth_of_a_percent() {
        // E = 1,000,000 and 600,000; requested 500,000 + 300,000 = 800,000 > budget 500,000.
        List<AllocationCandidate> c = List.of(candidate(1, "1000000.00", 0), candidate(2, "600000.00", 1));
        AllocationSimulation s = BudgetAllocator.simulate(c, Ratio.HALF, CAP, Money.of("500000.00"));
        // r × 1,600,000 ≤ 500,000 → r = 0.3125 exactly
        assertThat(s.ratio().ratio()).isEqualTo(Ratio.of("0.3125"));
        assertThat(allocated(s.ratio())).containsExactly(Money.of("312500.00"), Money.of("187500.00"));
        assertThat(s.ratio().total()).isEqualTo(Money.of("500000.00"));
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_cap_mode_finds_the_highest_cap_to_the_fen() {
        // requested 500,000 + 300,000 + 10,000; budget 500,000: c + c + 10,000 ≤ 500,000 → c = 245,000
        List<AllocationCandidate> c =
                List.of(candidate(1, "1000000.00", 0), candidate(2, "600000.00", 1), candidate(3, "20000.00", 2));
        AllocationSimulation s = BudgetAllocator.simulate(c, Ratio.HALF, CAP, Money.of("500000.00"));
        assertThat(s.cap().cap()).isEqualTo(Money.of("245000.00"));
        assertThat(allocated(s.cap()))
                .containsExactly(Money.of("245000.00"), Money.of("245000.00"), Money.of("10000.00"));
        // odd budget: 2c + 10,000 ≤ 500,000.01 → c = 245,000.00 (c = 245,000.01 would need 500,000.02)
        AllocationSimulation odd = BudgetAllocator.simulate(c, Ratio.HALF, CAP, Money.of("500000.01"));
        assertThat(odd.cap().cap()).isEqualTo(Money.of("245000.00"));
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_first_come_serves_in_order_of_complete_submission_and_the_first_that_does_not_fit_gets_the_rest() {
        List<AllocationCandidate> c = List.of(
                candidate(1, "600000.00", 30),
                candidate(2, "1000000.00", 10),
                candidate(3, "20000.00", 20),
                candidate(4, "200000.00", 40),
                candidate(5, "10000.00", 50));
        // in submission order: #2 500,000; #3 10,000; #1 300,000; #4 100,000; #5 5,000
        AllocationSimulation s = BudgetAllocator.simulate(c, Ratio.HALF, CAP, Money.of("600000.00"));
        assertThat(s.firstCome().rows())
                .extracting(r -> r.uscc())
                .containsExactly(
                        DomainFixtures.dongguanEnterprise(2),
                        DomainFixtures.dongguanEnterprise(3),
                        DomainFixtures.dongguanEnterprise(1),
                        DomainFixtures.dongguanEnterprise(4),
                        DomainFixtures.dongguanEnterprise(5));
        assertThat(allocated(s.firstCome()))
                .containsExactly(
                        Money.of("500000.00"), Money.of("10000.00"), Money.of("90000.00"), Money.ZERO, Money.ZERO);
        assertThat(s.firstCome().total()).isEqualTo(Money.of("600000.00"));
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_a_zero_budget_gives_nothing_and_no_candidates_give_an_empty_simulation() {
        List<AllocationCandidate> c = List.of(candidate(1, "100000.00", 0));
        AllocationSimulation s = BudgetAllocator.simulate(c, Ratio.HALF, CAP, Money.ZERO);
        assertThat(s.ratio().ratio()).isEqualTo(Ratio.ZERO);
        assertThat(s.cap().cap()).isEqualTo(Money.ZERO);
        assertThat(s.firstCome().total()).isEqualTo(Money.ZERO);
        AllocationSimulation empty = BudgetAllocator.simulate(List.of(), Ratio.HALF, CAP, Money.of("1.00"));
        assertThat(empty.requested()).isEqualTo(Money.ZERO);
        assertThat(empty.ratio().rows()).isEmpty();
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_the_remaining_annual_cap_of_each_applicant_still_limits_every_mode() {
        AllocationCandidate limited = new AllocationCandidate(
                new ApplicationId(new UUID(0, 1)),
                DomainFixtures.dongguanEnterprise(1),
                "单位1",
                Money.of("1000000.00"),
                Money.of("100000.00"),
                T0);
        AllocationSimulation s = BudgetAllocator.simulate(List.of(limited), Ratio.HALF, CAP, Money.of("5000000.00"));
        assertThat(s.requested()).isEqualTo(Money.of("100000.00"));
        assertThat(allocated(s.firstCome())).containsExactly(Money.of("100000.00"));
    }

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_a_hundred_thousand_applications_are_simulated_at_once() {
        List<AllocationCandidate> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(new AllocationCandidate(
                    new ApplicationId(new UUID(1, i)),
                    DomainFixtures.dongguanEnterprise(1),
                    "单位",
                    Money.ofFen(5_000_000L + 1_731L * i),
                    CAP,
                    T0.plusSeconds(i)));
        }
        AllocationSimulation s = BudgetAllocator.simulate(many, Ratio.HALF, CAP, Money.of("3000000000.00"));
        assertThat(s.ratio().total()).isLessThanOrEqualTo(s.budget());
        assertThat(s.cap().total()).isLessThanOrEqualTo(s.budget());
        assertThat(s.firstCome().total()).isEqualTo(s.budget());
    }
}
