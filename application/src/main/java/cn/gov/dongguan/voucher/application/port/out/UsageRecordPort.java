package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.UsageRecord;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Usage-metering records: millions a year, so written in bulk and read only as aggregates. */
public interface UsageRecordPort {

    /** The record ids among {@code recordIds} that are already stored. */
    Set<String> existing(Collection<String> recordIds);

    /** Inserts records whose ids are not stored yet (the caller has filtered them) in one batch. */
    void insertAll(List<UsageRecord> records);

    /** How many records each of the leases has; leases without any are absent. */
    Map<OrderNumber, Long> countByLease(Collection<OrderNumber> orderNos);

    /** Card-hours per calendar month (Asia/Shanghai, by period start) of one lease. */
    Map<YearMonth, BigDecimal> monthlyCardHours(OrderNumber orderNo);
}
