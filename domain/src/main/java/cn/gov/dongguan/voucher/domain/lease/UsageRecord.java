package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.Require;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One usage-metering record (资源计量) of a lease: the evidence that the compute was used (§8).
 * Identified by the platform's record id, which makes bulk pushes idempotent.
 *
 * @param cardHours device- or card-hours in the period, not negative
 * @param utilisation average utilisation in percent, 0 to 100
 */
public record UsageRecord(
        String recordId,
        OrderNumber orderNo,
        Instant periodStart,
        Instant periodEnd,
        BigDecimal cardHours,
        BigDecimal utilisation) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public UsageRecord {
        recordId = Require.text(recordId, "recordId", 64);
        Require.present(orderNo, "orderNo");
        Require.instant(periodStart, "periodStart");
        Require.instant(periodEnd, "periodEnd");
        Require.that(
                periodEnd.isAfter(periodStart),
                "periodEnd",
                "END_NOT_AFTER_START",
                null,
                "the period must end after it starts");
        Require.present(cardHours, "cardHours");
        Require.that(
                cardHours.signum() >= 0 && cardHours.compareTo(BigDecimal.valueOf(100_000_000)) < 0,
                "cardHours",
                "OUT_OF_RANGE",
                null,
                "card-hours must be between 0 and 100,000,000");
        Require.that(
                cardHours.stripTrailingZeros().scale() <= 3,
                "cardHours",
                "TOO_MANY_FRACTION_DIGITS",
                null,
                "card-hours have at most 3 fraction digits");
        if (utilisation != null) {
            Require.that(
                    utilisation.signum() >= 0 && utilisation.compareTo(HUNDRED) <= 0,
                    "utilisation",
                    "OUT_OF_RANGE",
                    null,
                    "utilisation is a percentage between 0 and 100");
        }
    }
}
