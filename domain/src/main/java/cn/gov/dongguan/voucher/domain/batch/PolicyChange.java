package cn.gov.dongguan.voucher.domain.batch;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.time.Instant;

/** A change of some policy values; {@code null} means "leave as it is". */
public record PolicyChange(
        Ratio ratio,
        Money annualCap,
        Money budget,
        Money minimumPayment,
        Instant submissionDeadline,
        Integer noticePeriodDays,
        Integer resubmitDays,
        Integer creditCheckMaxAgeDays) {

    /** A change that leaves the age limit of the credit look-up as it is. */
    public PolicyChange(
            Ratio ratio,
            Money annualCap,
            Money budget,
            Money minimumPayment,
            Instant submissionDeadline,
            Integer noticePeriodDays,
            Integer resubmitDays) {
        this(ratio, annualCap, budget, minimumPayment, submissionDeadline, noticePeriodDays, resubmitDays, null);
    }

    public boolean isEmpty() {
        return ratio == null
                && annualCap == null
                && budget == null
                && minimumPayment == null
                && submissionDeadline == null
                && noticePeriodDays == null
                && resubmitDays == null
                && creditCheckMaxAgeDays == null;
    }
}
