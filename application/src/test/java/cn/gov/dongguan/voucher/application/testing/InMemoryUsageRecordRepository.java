package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.UsageRecordPort;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Usage records in a map by record id. */
public final class InMemoryUsageRecordRepository implements UsageRecordPort {

    private final Map<String, UsageRecord> stored = new ConcurrentHashMap<>();

    @Override
    public synchronized int insertNew(List<UsageRecord> records) {
        int stored = 0;
        for (UsageRecord r : records) {
            if (stored(r)) {
                stored++;
            }
        }
        return stored;
    }

    private boolean stored(UsageRecord r) {
        return stored.putIfAbsent(r.recordId(), r) == null;
    }

    @Override
    public Map<OrderNumber, Long> countByLease(Collection<OrderNumber> orderNos) {
        Map<OrderNumber, Long> counts = new HashMap<>();
        for (UsageRecord r : stored.values()) {
            if (orderNos.contains(r.orderNo())) {
                counts.merge(r.orderNo(), 1L, Long::sum);
            }
        }
        return counts;
    }

    @Override
    public Map<YearMonth, BigDecimal> monthlyCardHours(OrderNumber orderNo) {
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        for (UsageRecord r : stored.values()) {
            if (r.orderNo().equals(orderNo)) {
                months.merge(YearMonth.from(ProgrammeCalendar.dayOf(r.periodStart())), r.cardHours(), BigDecimal::add);
            }
        }
        return months;
    }
}
