package cn.gov.dongguan.voucher.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of CNY with 2 fraction digits (fen) — R-ID-2. Never floating point: more
 * fraction digits than the currency has are refused, not rounded. Amounts are bounded to under
 * one trillion yuan so that every figure fits the database column and long fen arithmetic.
 * Whether a negative amount makes sense (a red-letter invoice) is for the owning type to decide.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    /** Exclusive bound on the absolute value: 10^12 yuan. Declared before {@link #ZERO}, which needs it. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,13}(\\.\\d+)?");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            throw ValidationException.of(
                    "amount",
                    "TOO_MANY_FRACTION_DIGITS",
                    "R-ID-2",
                    "amount " + amount.toPlainString() + " has more than 2 fraction digits");
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw ValidationException.of(
                    "amount", "OUT_OF_RANGE", "R-ID-2", "amount must be below 1,000,000,000,000.00 in absolute value");
        }
    }

    /** Parses a plain decimal such as {@code 12345.67}; exponents, grouping and blanks are refused. */
    public static Money of(String text) {
        if (text == null || !PLAIN.matcher(text).matches()) {
            throw ValidationException.of(
                    "amount",
                    "NOT_A_MONEY_AMOUNT",
                    "R-ID-2",
                    "amount must be a plain decimal number with at most 2 fraction digits");
        }
        return new Money(new BigDecimal(text));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, SCALE));
    }

    /** The amount in fen, exactly. */
    public long toFen() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** {@code ratio × this}, rounded down to the fen (R-CALC-6): the result never exceeds the exact product. */
    public Money timesRoundedDown(Ratio ratio) {
        return new Money(amount.multiply(ratio.value()).setScale(SCALE, RoundingMode.FLOOR));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Plain text with exactly 2 fraction digits, as the API carries it: {@code 12345.67}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
