package cn.gov.dongguan.voucher.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A share between 0 and 1, exact to 0.01 percentage point (4 fraction digits), the step in which
 * the fund manager may set the subsidy ratio (R-CALC-9).
 */
public record Ratio(BigDecimal value) implements Comparable<Ratio> {

    public static final int SCALE = 4;
    /** The ceiling of the notice: 不超过50% (R-BATCH-2). */
    public static final Ratio HALF = new Ratio(new BigDecimal("0.50"));

    public static final Ratio ZERO = new Ratio(BigDecimal.ZERO);

    public Ratio {
        Objects.requireNonNull(value, "value");
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw ValidationException.of(
                    "ratio",
                    "TOO_MANY_FRACTION_DIGITS",
                    "R-CALC-9",
                    "ratio is set in steps of 0.01 percentage point (at most 4 fraction digits)");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw ValidationException.of("ratio", "OUT_OF_RANGE", null, "ratio must lie between 0 and 1");
        }
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Ratio of(String text) {
        try {
            return new Ratio(new BigDecimal(text));
        } catch (NumberFormatException | NullPointerException e) {
            throw ValidationException.of("ratio", "NOT_A_NUMBER", null, "ratio must be a decimal number such as 0.50");
        }
    }

    /** The ratio of {@code steps} × 0.0001 (one step is 0.01 percentage point). */
    public static Ratio ofSteps(long steps) {
        return new Ratio(BigDecimal.valueOf(steps, SCALE));
    }

    /** This ratio in steps of 0.0001. */
    public long steps() {
        return value.movePointRight(SCALE).longValueExact();
    }

    @Override
    public int compareTo(Ratio other) {
        return value.compareTo(other.value);
    }

    public boolean isGreaterThan(Ratio other) {
        return compareTo(other) > 0;
    }

    /** At least 2 fraction digits, more only when needed: {@code 0.50}, {@code 0.4875}. */
    @Override
    public String toString() {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 2
                ? value.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : stripped.toPlainString();
    }
}
