package cn.gov.dongguan.voucher.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the pages show values (ui.md conventions): exact money, Shanghai dates, ratios in percent. */
class FmtTest {

    final Fmt fmt = new Fmt();

    @Test
    void money_is_shown_exactly_with_the_yuan_sign_and_thousands() {
        assertThat(fmt.money(Money.of("1234567.89"))).isEqualTo("¥1,234,567.89");
        assertThat(fmt.money(Money.of("61728.39"))).isEqualTo("¥61,728.39");
        assertThat(fmt.money(Money.of("0.00"))).isEqualTo("¥0.00");
        assertThat(fmt.money(null)).isEmpty();
    }

    @Test
    void dates_are_days_in_asia_shanghai() {
        // 2025-11-20 16:30 UTC is already the 21st in Dongguan
        assertThat(fmt.date(Instant.parse("2025-11-20T16:30:00Z"))).isEqualTo("2025-11-21");
        assertThat(fmt.date(LocalDate.of(2025, 11, 20))).isEqualTo("2025-11-20");
        assertThat(fmt.dateTime(Instant.parse("2025-11-25T15:59:59Z"))).isEqualTo("2025-11-25 23:59");
    }

    @Test
    void ratios_are_percentages() {
        assertThat(fmt.percent(Ratio.of("0.50"))).isEqualTo("50%");
        assertThat(fmt.percent(Ratio.of("0.4125"))).isEqualTo("41.25%");
    }
}
