package cn.gov.dongguan.voucher.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of instants accepts and refuses exactly what {@link OffsetDateTime#parse} does. */
class InstantsTest {

    @Test
    void the_common_shapes_read_as_offset_date_time_reads_them() {
        assertThat(Instants.parse("2025-01-31T17:00:00Z")).isEqualTo(Instant.parse("2025-01-31T17:00:00Z"));
        assertThat(Instants.parse("2025-02-01T01:00:00+08:00")).isEqualTo(Instant.parse("2025-01-31T17:00:00Z"));
        assertThat(Instants.parse("2025-01-31T12:00:00-05:30")).isEqualTo(Instant.parse("2025-01-31T17:30:00Z"));
        // other shapes still go through OffsetDateTime (which also takes a small z)
        assertThat(Instants.parse("2025-01-31T17:00:00z")).isEqualTo(Instant.parse("2025-01-31T17:00:00Z"));
        assertThat(Instants.parse("2025-01-31T17:00Z")).isEqualTo(Instant.parse("2025-01-31T17:00:00Z"));
        assertThat(Instants.parse("2025-01-31T17:00:00.250+08:00"))
                .isEqualTo(Instant.parse("2025-01-31T09:00:00.250Z"));
    }

    @Test
    void impossible_dates_and_times_are_refused_as_offset_date_time_refuses_them() {
        for (String bad : List.of(
                "2025-02-30T00:00:00Z",
                "2025-13-01T00:00:00Z",
                "2025-01-01T24:00:00Z",
                "2025-01-01T00:60:00Z",
                "2025-01-01T00:00:60Z",
                "2025-01-01T00:00:00+19:00",
                "2025-01-01T00:00:00+08:60",
                "2025-01-01 00:00:00Z",
                "２０２５-01-01T00:00:00Z",
                "2025-01-01T00:00:00+0800")) {
            assertThatThrownBy(() -> Instants.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void random_texts_of_the_fast_shapes_agree_with_offset_date_time() {
        Random random = new Random(12);
        String alphabet = "0123456789-:T+Z9";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s =
                    new StringBuilder(random.nextBoolean() ? "2025-0X-1XT1X:XX:XXZ" : "20X5-XX-XXTXX:XX:XX+XX:X0");
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) == 'X') {
                    s.setCharAt(
                            k,
                            random.nextInt(20) == 0
                                    ? alphabet.charAt(random.nextInt(alphabet.length()))
                                    : (char) ('0' + random.nextInt(10)));
                }
            }
            String text = s.toString();
            Instant expected;
            try {
                expected = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> Instants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
                continue;
            }
            assertThat(Instants.parse(text)).as(text).isEqualTo(expected);
        }
    }
}
