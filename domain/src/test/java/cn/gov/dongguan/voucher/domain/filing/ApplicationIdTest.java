package cn.gov.dongguan.voucher.domain.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Ids order as their text does (the database's order of the id column), however they are compared. */
class ApplicationIdTest {

    @Property(tries = 5_000)
    void ids_order_as_their_text(@ForAll long a, @ForAll long b, @ForAll long c, @ForAll long d) {
        ApplicationId x = new ApplicationId(new UUID(a, b));
        ApplicationId y = new ApplicationId(new UUID(c, d));
        assertThat(Integer.signum(x.compareTo(y)))
                .isEqualTo(Integer.signum(x.toString().compareTo(y.toString())));
        ApplicationId sameHigh = new ApplicationId(new UUID(a, d));
        assertThat(Integer.signum(x.compareTo(sameHigh)))
                .isEqualTo(Integer.signum(x.toString().compareTo(sameHigh.toString())));
    }

    @Test
    void the_sign_bit_orders_as_the_hex_digit_f_does() {
        ApplicationId low = ApplicationId.of("7fffffff-ffff-ffff-ffff-ffffffffffff");
        ApplicationId high = ApplicationId.of("80000000-0000-0000-0000-000000000000");
        assertThat(low.compareTo(high)).isNegative();
        assertThat(high.compareTo(low)).isPositive();
        assertThat(low.compareTo(ApplicationId.of(low.toString()))).isZero();
    }
}
