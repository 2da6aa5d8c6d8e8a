package cn.gov.dongguan.voucher.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * R-CALC-9 as properties: no mode exceeds the budget, RATIO and CAP are the highest values that
 * fit, nobody gets more than requested, rounding never goes up.
 */
class BudgetAllocatorProperties {

    static final Money CAP = Money.of("1000000.00");

    static List<AllocationCandidate> candidates(List<Long> basesFen, List<Long> capsFen) {
        List<AllocationCandidate> result = new ArrayList<>();
        for (int i = 0; i < basesFen.size(); i++) {
            long cap = capsFen.isEmpty() ? CAP.toFen() : capsFen.get(i % capsFen.size());
            result.add(new AllocationCandidate(
                    new ApplicationId(new UUID(0, i)),
                    DomainFixtures.dongguanEnterprise(i),
                    "单位" + i,
                    Money.ofFen(basesFen.get(i)),
                    Money.ofFen(cap),
                    Instant.parse("2025-11-01T00:00:00Z").plusSeconds(i * 7L % 13)));
        }
        return result;
    }

    static long total(List<AllocationCandidate> cs, long steps, long uniformCapFen) {
        long sum = 0;
        for (AllocationCandidate c : cs) {
            long byRatio = c.basis()
                    .amount()
                    .multiply(Ratio.ofSteps(steps).value())
                    .setScale(2, RoundingMode.FLOOR)
                    .movePointRight(2)
                    .longValueExact();
            sum += Math.min(byRatio, Math.min(Math.min(c.capRemaining().toFen(), CAP.toFen()), uniformCapFen));
        }
        return sum;
    }

    @Property(tries = 300)
    @Tag("R-CALC-9")
    void r_calc_9_no_mode_exceeds_the_budget_and_nobody_gets_more_than_requested(
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 5_000_000_00L) Long> bases,
            @ForAll @Size(max = 5) List<@LongRange(min = 0, max = 1_000_000_00L) Long> caps,
            @ForAll @LongRange(min = 0, max = 20_000_000_00L) long budgetFen,
            @ForAll @IntRange(min = 0, max = 5000) int ratioSteps) {
        List<AllocationCandidate> cs = candidates(bases, caps);
        AllocationSimulation s = BudgetAllocator.simulate(cs, Ratio.ofSteps(ratioSteps), CAP, Money.ofFen(budgetFen));
        for (AllocationOutcome outcome : List.of(s.ratio(), s.cap(), s.firstCome())) {
            if (s.oversubscribed()) {
                assertThat(outcome.total()).isLessThanOrEqualTo(s.budget());
            } else {
                assertThat(outcome.total()).isEqualTo(s.requested());
            }
            assertThat(outcome.rows()).allSatisfy(r -> {
                assertThat(r.allocated()).isLessThanOrEqualTo(r.requested());
                assertThat(r.allocated().isNegative()).isFalse();
            });
            long sum = outcome.rows().stream()
                    .mapToLong(r -> r.allocated().toFen())
                    .sum();
            assertThat(Money.ofFen(sum)).isEqualTo(outcome.total());
        }
        // requested never rounds up: each row ≤ ratio × basis
        for (int i = 0; i < cs.size(); i++) {
            AllocationRow row = s.ratio().rows().get(i);
            AllocationCandidate c = cs.stream()
                    .filter(x -> x.applicationId().equals(row.applicationId()))
                    .findFirst()
                    .orElseThrow();
            BigDecimal exact =
                    c.basis().amount().multiply(Ratio.ofSteps(ratioSteps).value());
            assertThat(row.requested().amount()).isLessThanOrEqualTo(exact);
        }
    }

    @Property(tries = 300)
    @Tag("R-CALC-9")
    void r_calc_9_ratio_and_cap_are_the_highest_values_that_fit(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 3_000_000_00L) Long> bases,
            @ForAll @LongRange(min = 0, max = 5_000_000_00L) long budgetFen,
            @ForAll @IntRange(min = 1, max = 5000) int ratioSteps) {
        List<AllocationCandidate> cs = candidates(bases, List.of());
        AllocationSimulation s = BudgetAllocator.simulate(cs, Ratio.ofSteps(ratioSteps), CAP, Money.ofFen(budgetFen));
        long r = s.ratio().ratio().steps();
        assertThat(r).isLessThanOrEqualTo(ratioSteps);
        assertThat(total(cs, r, Long.MAX_VALUE)).isLessThanOrEqualTo(budgetFen);
        if (r < ratioSteps) {
            assertThat(total(cs, r + 1, Long.MAX_VALUE)).isGreaterThan(budgetFen);
        }
        long c = s.cap().cap().toFen();
        assertThat(c).isLessThanOrEqualTo(CAP.toFen());
        assertThat(total(cs, ratioSteps, c)).isLessThanOrEqualTo(budgetFen);
        if (c < CAP.toFen()) {
            assertThat(total(cs, ratioSteps, c + 1)).isGreaterThan(budgetFen);
        }
    }
}
