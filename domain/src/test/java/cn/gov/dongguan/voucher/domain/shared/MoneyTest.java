package cn.gov.dongguan.voucher.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-ID-2: money is exact CNY with 2 fraction digits; more digits are refused, never rounded. */
class MoneyTest {

    @Test
    @Tag("R-ID-2")
    void r_id_2_amounts_keep_exactly_two_fraction_digits() {
        assertThat(Money.of("12345.6").toString()).isEqualTo("12345.60");
        assertThat(Money.of("7").toString()).isEqualTo("7.00");
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "0.001", "12345.675"})
    @Tag("R-ID-2")
    void r_id_2_more_than_two_fraction_digits_are_refused_not_rounded(String text) {
        assertThatThrownBy(() -> Money.of(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-ID-2");
    }

    @Test
    @Tag("R-ID-2")
    void r_id_2_trailing_zeros_beyond_the_fen_are_harmless() {
        assertThat(Money.of(new BigDecimal("1.2300"))).isEqualTo(Money.of("1.23"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e5", "1,000.00", " 1.00", "abc", "", "+1.00", "1.", ".5", "99999999999999.00"})
    @Tag("R-ID-2")
    void r_id_2_anything_but_a_plain_decimal_is_refused(String text) {
        assertThatThrownBy(() -> Money.of(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    @Tag("R-ID-2")
    void r_id_2_huge_amounts_are_refused() {
        assertThatThrownBy(() -> Money.of("1000000000000.00")).isInstanceOf(ValidationException.class);
        assertThat(Money.of("999999999999.99").toFen()).isEqualTo(99_999_999_999_999L);
    }

    @Test
    @Tag("R-CALC-6")
    void r_calc_6_multiplying_by_a_ratio_rounds_down_to_the_fen() {
        assertThat(Money.of("123456.79").timesRoundedDown(Ratio.HALF)).isEqualTo(Money.of("61728.39"));
        assertThat(Money.of("0.01").timesRoundedDown(Ratio.HALF)).isEqualTo(Money.ZERO);
        assertThat(Money.of("100.00").timesRoundedDown(Ratio.of("0.3333"))).isEqualTo(Money.of("33.33"));
    }

    @Test
    void fen_conversion_is_exact_both_ways() {
        assertThat(Money.ofFen(123_456_79L)).isEqualTo(Money.of("123456.79"));
        assertThat(Money.of("-0.05").toFen()).isEqualTo(-5L);
    }

    @Test
    void ratios_have_at_most_four_fraction_digits_and_lie_between_0_and_1() {
        assertThat(Ratio.of("0.5").toString()).isEqualTo("0.50");
        assertThat(Ratio.of("0.4875").toString()).isEqualTo("0.4875");
        assertThat(Ratio.ofSteps(4999).toString()).isEqualTo("0.4999");
        assertThatThrownBy(() -> Ratio.of("0.12345")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Ratio.of("1.01")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Ratio.of("-0.01")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Ratio.of("half")).isInstanceOf(ValidationException.class);
    }
}
