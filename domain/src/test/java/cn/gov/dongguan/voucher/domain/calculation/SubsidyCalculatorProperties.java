package cn.gov.dongguan.voucher.domain.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** R-CALC-6/7 as properties: S ≤ ratio × E, S ≤ cap, S monotone in E, rounding never goes up. */
class SubsidyCalculatorProperties {

    static final AccountingWindow WINDOW = new AccountingWindow(LocalDate.of(2024, 4, 23), LocalDate.of(2025, 10, 31));

    static Calculation calculate(long expenseFen, int ratioSteps, long capFen) {
        CalculationPolicy policy =
                new CalculationPolicy(Ratio.ofSteps(ratioSteps), Money.ofFen(capFen), Money.of("50000.00"), WINDOW);
        ComputeLease lease = DomainFixtures.lease("L-1", DomainFixtures.dongguanEnterprise(1));
        lease.recordPayment(
                DomainFixtures.payment(
                        "P1", "2025-01-01", Money.ofFen(expenseFen).toString()),
                false);
        lease.recordInvoice(DomainFixtures.invoice(1, Money.ofFen(expenseFen).toString()), false);
        return SubsidyCalculator.calculate(CalculationInput.of(policy, List.of(lease)));
    }

    @Property
    @Tag("R-CALC-6")
    void r_calc_6_the_subsidy_never_exceeds_ratio_times_e_nor_the_cap_and_rounds_down_by_less_than_a_fen(
            @ForAll @LongRange(min = 1, max = 1_000_000_000_00L) long expenseFen,
            @ForAll @IntRange(min = 0, max = 5000) int ratioSteps,
            @ForAll @LongRange(min = 0, max = 1_000_000_00L) long capFen) {
        Calculation c = calculate(expenseFen, ratioSteps, capFen);
        BigDecimal exact = Money.ofFen(expenseFen)
                .amount()
                .multiply(Ratio.ofSteps(ratioSteps).value());
        BigDecimal s = c.subsidy().amount();
        assertThat(s).isLessThanOrEqualTo(exact);
        assertThat(c.subsidy()).isLessThanOrEqualTo(Money.ofFen(capFen));
        assertThat(s.signum()).isGreaterThanOrEqualTo(0);
        if (!c.belowMinimum() && s.compareTo(Money.ofFen(capFen).amount()) < 0) {
            assertThat(exact.subtract(s)).isLessThan(new BigDecimal("0.01"));
        }
        if (c.belowMinimum()) {
            assertThat(c.subsidy()).isEqualTo(Money.ZERO);
        }
    }

    @Property
    @Tag("R-CALC-6")
    void r_calc_6_the_subsidy_is_monotone_in_e(
            @ForAll @LongRange(min = 5_000_000L, max = 500_000_000_00L) long expenseFen,
            @ForAll @LongRange(min = 0, max = 10_000_000_00L) long moreFen,
            @ForAll @IntRange(min = 0, max = 5000) int ratioSteps) {
        Calculation smaller = calculate(expenseFen, ratioSteps, 1_000_000_00L);
        Calculation larger = calculate(expenseFen + moreFen, ratioSteps, 1_000_000_00L);
        assertThat(larger.subsidy()).isGreaterThanOrEqualTo(smaller.subsidy());
    }
}
