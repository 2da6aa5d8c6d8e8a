package cn.gov.dongguan.voucher.domain.shared;

/** How personal and financial data is shown to those who need not see it in full (R-ID-3). */
public final class Masking {

    private Masking() {}

    /** Keeps the first {@code head} and last {@code tail} characters and stars the rest. */
    public static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(Math.max(0, value.length() - tail)) + value.substring(Math.max(0, value.length() - tail));
        }
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
