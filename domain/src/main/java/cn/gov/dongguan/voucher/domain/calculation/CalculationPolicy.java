package cn.gov.dongguan.voucher.domain.calculation;

import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.util.Objects;

/** The policy values a calculation uses, reported with its result (R-CALC-8). */
public record CalculationPolicy(Ratio ratio, Money annualCap, Money minimumPayment, AccountingWindow window) {

    public CalculationPolicy {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(annualCap, "annualCap");
        Objects.requireNonNull(minimumPayment, "minimumPayment");
        Objects.requireNonNull(window, "window");
    }

    public static CalculationPolicy of(Batch batch) {
        return new CalculationPolicy(
                batch.policy().ratio(),
                batch.policy().annualCap(),
                batch.policy().minimumPayment(),
                batch.window());
    }
}
