package cn.gov.dongguan.voucher.adapter.jsf.support;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * How the pages show values (ui.md conventions): money as {@code ¥1,234,567.89}, batch sums in 万元,
 * dates as {@code 2025-11-20} in Asia/Shanghai, ratios as percentages, enum values in words.
 */
@Named("fmt")
@ApplicationScoped
public class Fmt {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String money(Money money) {
        return money == null ? "" : yuan(money.amount());
    }

    public static String yuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** In 万元 (ten thousand yuan), two decimals, rounded half up for display only. */
    public String wan(Money money) {
        if (money == null) {
            return "";
        }
        BigDecimal wan = money.amount().divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return Texts.text("unit.wan", format.format(wan));
    }

    public String percent(Ratio ratio) {
        return ratio == null
                ? ""
                : ratio.value().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    public String date(Object value) {
        if (value instanceof Instant instant) {
            return DAY.format(instant.atZone(SHANGHAI));
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        return "";
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(SHANGHAI));
    }

    /**
     * A history entry's record ({@code verifiedAmount=90000.00; originalsChecked=true}, stored as
     * the domain wrote it and covered by the hash chain) in the officers' words: each key by its
     * form label, amounts in yuan, instants in Asia/Shanghai, yes/no, enum values by their labels.
     * A key the bundle does not know is shown as it was stored.
     */
    public String note(String note) {
        return note == null ? "" : note(note, Texts::text, this);
    }

    static String note(String note, BiFunction<String, Object[], String> texts, Fmt fmt) {
        StringJoiner words = new StringJoiner(texts.apply("note.separator", new Object[0]));
        for (String part : note.split("; ")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String label = texts.apply("note." + key, new Object[0]);
            if (label.equals("note." + key)) {
                words.add(part);
            } else if (eq < 0) {
                words.add(label);
            } else {
                words.add(label + " " + noteValue(key, part.substring(eq + 1), texts, fmt));
            }
        }
        return words.toString();
    }

    private static String noteValue(String key, String value, BiFunction<String, Object[], String> texts, Fmt fmt) {
        try {
            if (value.equals("true") || value.equals("false")) {
                return texts.apply("note." + value, new Object[0]);
            }
            if (key.endsWith("Amount")) {
                return yuan(new BigDecimal(value));
            }
            if (value.endsWith("Z") && value.contains("T")) {
                return fmt.dateTime(Instant.parse(value));
            }
            if (key.equals("legalRepConfirmation")) {
                return texts.apply("confirmation." + value, new Object[0]);
            }
            if (key.equals("objectionId") && value.length() > 8) {
                return value.substring(0, 8);
            }
        } catch (RuntimeException unreadable) {
            // shown as stored
        }
        return value;
    }

    /**
     * Why a condition of 申报条件 is not met, in the officer's words ({@code eligibility.<CODE>}):
     * amounts in yuan, credit lists and towns by name; an unknown code is shown as its code.
     */
    public static String eligibilityReason(
            cn.gov.dongguan.voucher.domain.eligibility.EligibilityFailure.Reason reason,
            BiFunction<String, Object[], String> texts) {
        java.util.List<String> v = reason.values();
        Object[] args;
        switch (reason.code()) {
            case "BELOW_MINIMUM" ->
                args = new Object[] {yuan(new BigDecimal(v.get(0))), yuan(new BigDecimal(v.get(1)))};
            case "CREDIT_LISTED" -> {
                StringJoiner lists = new StringJoiner(texts.apply("list.separator", new Object[0]));
                v.subList(1, v.size()).forEach(l -> lists.add(texts.apply("creditList." + l, new Object[0])));
                args = new Object[] {v.get(0), lists.toString()};
            }
            default -> args = v.toArray();
        }
        String key = "eligibility." + reason.code();
        String pattern = texts.apply(key, new Object[0]);
        if (pattern.equals(key)) {
            return reason.code();
        }
        return args.length == 0 ? pattern : texts.apply(key, args);
    }

    /** An audit entry's action in words ({@code audit.action.<CODE>}; a review action as 审核：通过); unknown codes as stored. */
    public String auditAction(String code) {
        return auditAction(code, Texts::text);
    }

    static String auditAction(String code, BiFunction<String, Object[], String> texts) {
        if (code == null) {
            return "";
        }
        if (code.startsWith("REVIEW_")) {
            String action = texts.apply("action." + code.substring("REVIEW_".length()), new Object[0]);
            return texts.apply("audit.action.REVIEW", new Object[] {action});
        }
        String key = "audit.action." + code;
        String words = texts.apply(key, new Object[0]);
        return words.equals(key) ? code : words;
    }

    /** The words for an enum value, from the bundle key {@code prefix.NAME}. */
    public String label(String prefix, Enum<?> value) {
        return Texts.label(prefix, value);
    }

    public String stage(Enum<?> stage) {
        return Texts.label("stage", stage);
    }
}
