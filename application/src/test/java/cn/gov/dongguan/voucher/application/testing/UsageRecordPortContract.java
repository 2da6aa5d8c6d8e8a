package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link UsageRecordPort} does. */
public abstract class UsageRecordPortContract extends PortContract {

    protected abstract UsageRecordPort repository();

    protected abstract LeasePort leases();

    static UsageRecord record(String id, String orderNo, String start, String hours) {
        Instant s = Instant.parse(start);
        return new UsageRecord(
                id, OrderNumber.of(orderNo), s, s.plusSeconds(86_400), new BigDecimal(hours), new BigDecimal("87.5"));
    }

    @Test
    void records_are_inserted_in_bulk_counted_per_lease_and_summed_per_month() {
        tx(() -> leases().save(DomainFixtures.lease("U-1", DomainFixtures.dongguanEnterprise(301))));
        tx(() -> leases().save(DomainFixtures.lease("U-2", DomainFixtures.dongguanEnterprise(301))));
        List<UsageRecord> batch = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            batch.add(record("R-" + i, i % 3 == 0 ? "U-2" : "U-1", "2025-0" + (1 + i % 2) + "-10T00:00:00Z", "1.5"));
        }
        assertThat(tx(() -> repository().insertNew(batch))).isEqualTo(1500);
        // stored ids are skipped, not refused: only the new one of these is stored
        assertThat(tx(() -> repository()
                        .insertNew(List.of(
                                record("R-1", "U-1", "2025-01-10T00:00:00Z", "9"),
                                record("R-1499", "U-1", "2025-01-10T00:00:00Z", "9"),
                                record("R-9999", "U-1", "2025-03-10T00:00:00Z", "2")))))
                .isEqualTo(1);
        Map<OrderNumber, Long> counts = tx(() -> repository()
                .countByLease(List.of(OrderNumber.of("U-1"), OrderNumber.of("U-2"), OrderNumber.of("U-3"))));
        assertThat(counts)
                .containsEntry(OrderNumber.of("U-1"), 1001L)
                .containsEntry(OrderNumber.of("U-2"), 500L)
                .doesNotContainKey(OrderNumber.of("U-3"));
        Map<YearMonth, BigDecimal> months = tx(() -> repository().monthlyCardHours(OrderNumber.of("U-2")));
        assertThat(months.get(YearMonth.of(2025, 1)).add(months.get(YearMonth.of(2025, 2))))
                .isEqualByComparingTo("750");
        Map<YearMonth, BigDecimal> first = tx(() -> repository().monthlyCardHours(OrderNumber.of("U-1")));
        assertThat(first).hasSize(3);
        assertThat(first.get(YearMonth.of(2025, 3))).isEqualByComparingTo("2");
    }

    @Test
    void the_month_of_a_record_is_its_start_in_dongguan_time() {
        tx(() -> leases().save(DomainFixtures.lease("U-M", DomainFixtures.dongguanEnterprise(302))));
        // 31 January 17:00 UTC is 1 February 01:00 in Asia/Shanghai
        tx(() -> repository().insertNew(List.of(record("RM-1", "U-M", "2025-01-31T17:00:00Z", "4"))));
        assertThat(tx(() -> repository().monthlyCardHours(OrderNumber.of("U-M"))))
                .containsOnlyKeys(YearMonth.of(2025, 2));
    }
}
