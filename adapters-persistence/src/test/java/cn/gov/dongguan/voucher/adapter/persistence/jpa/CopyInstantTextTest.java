package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The COPY path writes instants digit by digit; it must write exactly what {@code Instant.toString} does. */
class CopyInstantTextTest {

    private static final long FROM = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2100-12-31T23:59:59Z").getEpochSecond();

    private static void same(Instant t) {
        assertThat(JpaUsageRecordRepository.instant(new StringBuilder(), t).toString())
                .isEqualTo(t.toString());
    }

    @Test
    void random_instants_of_the_accepted_range_are_written_as_instant_to_string_writes_them() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong(FROM, TO + 1);
            switch (i % 4) {
                case 0 -> same(Instant.ofEpochSecond(second));
                case 1 -> same(Instant.ofEpochSecond(second, random.nextInt(1000) * 1_000_000L));
                case 2 -> same(Instant.ofEpochSecond(second, random.nextInt(1_000_000) * 1_000L));
                default -> same(Instant.ofEpochSecond(second, random.nextInt(1_000_000_000)));
            }
        }
    }

    @Test
    void the_edges_of_days_years_and_the_range_are_written_exactly() {
        same(Instant.parse("2000-01-01T00:00:00Z"));
        same(Instant.parse("2100-12-31T23:59:59.999999999Z"));
        same(Instant.parse("2024-02-29T12:00:00.5Z"));
        same(Instant.parse("2025-12-31T15:59:59.000001Z"));
        same(Instant.parse("0999-12-31T23:59:59Z"));
        same(Instant.parse("+10000-01-01T00:00:00Z"));
    }
}
