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
        tx(() -> repository().insertAll(batch));
        assertThat(tx(() -> repository().existing(List.of("R-1", "R-1499", "R-9999"))))
                .containsExactlyInAnyOrder("R-1", "R-1499");
        Map<OrderNumber, Long> counts = tx(() -> repository()
                .countByLease(List.of(OrderNumber.of("U-1"), OrderNumber.of("U-2"), OrderNumber.of("U-3"))));
        assertThat(counts)
                .containsEntry(OrderNumber.of("U-1"), 1000L)
                .containsEntry(OrderNumber.of("U-2"), 500L)
                .doesNotContainKey(OrderNumber.of("U-3"));
        Map<YearMonth, BigDecimal> months = tx(() -> repository().monthlyCardHours(OrderNumber.of("U-2")));
        assertThat(months.get(YearMonth.of(2025, 1)).add(months.get(YearMonth.of(2025, 2))))
                .isEqualByComparingTo("750");
    }
}
