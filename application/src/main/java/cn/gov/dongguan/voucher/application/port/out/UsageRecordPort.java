package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Usage-metering records: millions a year, so written in bulk and read only as aggregates. */
public interface UsageRecordPort {

    /**
     * Stores the records whose ids are not stored yet and returns how many it stored: an id already
     * stored, also by a request running at the same time, is skipped, never an error. The caller has
     * removed repeats within {@code records}. The monthly roll-up per lease grows in the same
     * transaction, by the records stored.
     */
    int insertNew(List<UsageRecord> records);

    /** How many records each of the leases has (from the roll-up); leases without any are absent. */
    Map<OrderNumber, Long> countByLease(Collection<OrderNumber> orderNos);

    /** Card-hours per calendar month (Asia/Shanghai, by period start) of one lease, from the roll-up. */
    Map<YearMonth, BigDecimal> monthlyCardHours(OrderNumber orderNo);
}
