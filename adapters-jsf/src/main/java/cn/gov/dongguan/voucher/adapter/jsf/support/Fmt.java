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

    /** A file size as officers read it: 980 字节, 12.3 KB, 4.5 MB (1 KB = 1024 bytes). */
    public String size(long bytes) {
        return size(bytes, Texts.text("unit.bytes"));
    }

    /** The size with the word for bytes of the user's language. */
    static String size(long bytes, String bytesWord) {
        if (bytes < 1024) {
            return bytes + " " + bytesWord;
        }
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        if (bytes < 1024L * 1024) {
            return format.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP))
                    + " KB";
        }
        return format.format(
                        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP))
                + " MB";
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

    /** The policy's fields as the audit record writes them, and their labels. */
    private static final java.util.Map<String, String> POLICY_LABELS = java.util.Map.of(
            "ratio", "batch.ratio",
            "annualCap", "batch.cap",
            "minimumPayment", "batch.minimum",
            "budget", "batch.budget",
            "submissionDeadline", "batch.deadline",
            "noticePeriodDays", "batch.noticeDays",
            "resubmitDays", "batch.resubmitDays",
            "creditCheckMaxAgeDays", "batch.creditCheckMaxAgeDays");

    private static final java.util.regex.Pattern POLICY_FIELD = java.util.regex.Pattern.compile("(\\w+)=([^,\\]]+)");

    /**
     * An audit entry's target in words: 批次 2025-1, the unit's name for an application or an
     * applicant where it is known ({@code names}), 用户 city, the town's name; a target of another
     * form as stored.
     */
    public static String auditTarget(
            String target,
            java.util.Map<String, String> names,
            java.util.function.Function<String, String> townName,
            BiFunction<String, Object[], String> texts) {
        if (target == null || target.isBlank()) {
            return "";
        }
        int colon = target.indexOf(':');
        if (colon < 0) {
            String key = "audit.target." + target;
            String words = texts.apply(key, new Object[0]);
            return words.equals(key) ? target : words;
        }
        String kind = target.substring(0, colon);
        String value = target.substring(colon + 1);
        String name = names.get(target);
        return switch (kind) {
            case "application" ->
                name != null
                        ? texts.apply("audit.target.application.named", new Object[] {name, shortId(value)})
                        : texts.apply("audit.target.application", new Object[] {shortId(value)});
            case "applicant" ->
                name != null
                        ? texts.apply("audit.target.applicant.named", new Object[] {name, value})
                        : texts.apply("audit.target.applicant", new Object[] {value});
            case "batch" -> texts.apply("audit.target.batch", new Object[] {name != null ? value + " " + name : value});
            case "user" -> texts.apply("audit.target.user", new Object[] {value});
            case "town" -> texts.apply("audit.target.town", new Object[] {townName.apply(value)});
            case "lease" -> texts.apply("audit.target.lease", new Object[] {value});
            case "monitoring" -> texts.apply("audit.target.monitoringRequest", new Object[] {shortId(value)});
            default -> target;
        };
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    /**
     * An audit entry's detail in words. The stored detail stays as it was written (it is covered by
     * the log's hash chain and exported as it is); the page reads the forms the use cases write — row
     * counts, stage moves, a policy's old and new values, a material's type — in the user's words, a
     * refusal by its result, and anything else as stored.
     */
    public static String auditDetail(
            String action, String result, String detail, BiFunction<String, Object[], String> texts) {
        if ("LOGIN".equals(action) && detail != null) {
            String login = detail.startsWith("account locked until") ? "account locked" : detail;
            String key = "audit.login." + login.replaceAll("[^a-z]+", "_");
            String words = texts.apply(key, new Object[0]);
            if (!words.equals(key)) {
                return words;
            }
        }
        if ("DENIED".equals(result)) {
            return texts.apply("audit.detail.denied", new Object[0]);
        }
        if (detail == null || detail.isBlank()) {
            return "";
        }
        java.util.regex.Matcher m;
        if ((m = java.util.regex.Pattern.compile("([A-Z_]+)? ?-> ([A-Z_]+)").matcher(detail)).matches()) {
            String to = texts.apply("stage." + m.group(2), new Object[0]);
            return m.group(1) == null ? "→ " + to : texts.apply("stage." + m.group(1), new Object[0]) + " → " + to;
        }
        if ((m = java.util.regex.Pattern.compile("(\\S+) · (.+) · due (\\S+)").matcher(detail)).matches()) {
            return texts.apply("audit.detail.monitoringIssued", new Object[] {m.group(1), m.group(2), m.group(3)});
        }
        if ((m = java.util.regex.Pattern.compile("(\\S+) · late").matcher(detail)).matches()) {
            return texts.apply("audit.detail.monitoringLate", new Object[] {m.group(1)});
        }
        if ((m = java.util.regex.Pattern.compile("([A-Z_]+): (\\d+) applications, total ([0-9.]+)")
                        .matcher(detail))
                .matches()) {
            return texts.apply("audit.detail.committed", new Object[] {
                texts.apply("mode." + m.group(1), new Object[0]), m.group(2), yuan(new BigDecimal(m.group(3)))
            });
        }
        if ((m = java.util.regex.Pattern.compile("checked (\\S+), listed on \\[(.*)]")
                        .matcher(detail))
                .matches()) {
            StringJoiner lists = new StringJoiner(texts.apply("list.separator", new Object[0]));
            for (String l : m.group(2).split(",\\s*")) {
                if (!l.isBlank()) {
                    lists.add(texts.apply("creditList." + l.strip(), new Object[0]));
                }
            }
            return texts.apply("audit.detail.creditCheck", new Object[] {
                m.group(1), lists.length() == 0 ? texts.apply("audit.detail.noList", new Object[0]) : lists.toString()
            });
        }
        if ((m = java.util.regex.Pattern.compile("([A-Z_]+) (\\S+) (\\d+) bytes sha256 ([0-9a-f]+)")
                        .matcher(detail))
                .matches()) {
            return texts.apply("material." + m.group(1), new Object[0]) + " · "
                    + size(Long.parseLong(m.group(3)), texts.apply("unit.bytes", new Object[0])) + " · SHA-256 "
                    + m.group(4).substring(0, Math.min(12, m.group(4).length())) + "…";
        }
        if ((m = java.util.regex.Pattern.compile("(terms|payment|invoice)( \\S+)? (created|updated)")
                        .matcher(detail))
                .matches()) {
            return texts.apply(
                            "audit.detail.lease." + m.group(1),
                            new Object[] {m.group(2) == null ? "" : m.group(2).strip()})
                    + texts.apply("audit.detail." + m.group(3), new Object[0]);
        }
        if ((m = java.util.regex.Pattern.compile("(\\d+) accepted, (\\d+) duplicates, (\\d+) rejected")
                        .matcher(detail))
                .matches()) {
            return texts.apply("audit.detail.usage", new Object[] {m.group(1), m.group(2), m.group(3)});
        }
        if ("SAVE_USER".equals(action)
                && (m = java.util.regex.Pattern.compile("([a-z-]+)( [A-Z_]+)?").matcher(detail)).matches()) {
            String role =
                    texts.apply("role." + m.group(1).toUpperCase(Locale.ROOT).replace('-', '_'), new Object[0]);
            return m.group(2) == null ? role : role + " · " + m.group(2).strip();
        }
        if ("SAVE_TOWN".equals(action)
                && (m = java.util.regex.Pattern.compile("([A-Z]+)( inactive)?").matcher(detail)).matches()) {
            String kind = texts.apply("townKind." + m.group(1), new Object[0]);
            return m.group(2) == null ? kind : kind + " · " + texts.apply("audit.detail.inactive", new Object[0]);
        }
        if ((m = java.util.regex.Pattern.compile("(\\d+) rows with bank accounts")
                        .matcher(detail))
                .matches()) {
            return texts.apply("audit.detail.rowsWithAccounts", new Object[] {m.group(1)});
        }
        if ((m = java.util.regex.Pattern.compile("(\\d+) rows").matcher(detail)).matches()) {
            return texts.apply("audit.detail.rows", new Object[] {m.group(1)});
        }
        if ((m = java.util.regex.Pattern.compile("(\\d+) requests").matcher(detail)).matches()) {
            return texts.apply("audit.detail.requests", new Object[] {m.group(1)});
        }
        if ((m = java.util.regex.Pattern.compile("(\\d+) applications (\\w+) -> (\\w+)")
                        .matcher(detail))
                .matches()) {
            return texts.apply("audit.detail.moved", new Object[] {
                m.group(1),
                texts.apply("stage." + m.group(2), new Object[0]),
                texts.apply("stage." + m.group(3), new Object[0])
            });
        }
        if ((m = java.util.regex.Pattern.compile("batch (\\S+)").matcher(detail)).matches()) {
            return texts.apply("audit.target.batch", new Object[] {m.group(1)});
        }
        if ("CHANGE_POLICY".equals(action) && detail.contains(" -> ")) {
            return policyChange(detail, texts);
        }
        if ("DOWNLOAD_MATERIAL".equals(action)) {
            String key = "material." + detail;
            String words = texts.apply(key, new Object[0]);
            return words.equals(key) ? detail : words;
        }
        String key = "audit.detail." + detail;
        String words = texts.apply(key, new Object[0]);
        return words.equals(key) ? detail : words;
    }

    /** "资助比例 50% → 45%；批次预算 ¥30,000,000.00 → ¥20,000,000.00": only the fields that changed. */
    private static String policyChange(String detail, BiFunction<String, Object[], String> texts) {
        String[] sides = detail.split(" -> ", 2);
        java.util.Map<String, String> before = policyFields(sides[0]);
        java.util.Map<String, String> after = policyFields(sides[1]);
        StringJoiner changes = new StringJoiner(texts.apply("note.separator", new Object[0]));
        for (java.util.Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (field.getValue().equals(old) || !POLICY_LABELS.containsKey(field.getKey())) {
                continue;
            }
            changes.add(texts.apply(POLICY_LABELS.get(field.getKey()), new Object[0]) + " "
                    + policyValue(field.getKey(), old) + " → " + policyValue(field.getKey(), field.getValue()));
        }
        return changes.length() == 0 ? texts.apply("audit.detail.policyUnchanged", new Object[0]) : changes.toString();
    }

    private static java.util.Map<String, String> policyFields(String text) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = POLICY_FIELD.matcher(text);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).strip());
        }
        return fields;
    }

    private static String policyValue(String field, String value) {
        if (value == null) {
            return "—";
        }
        try {
            return switch (field) {
                case "ratio" ->
                    new BigDecimal(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
                case "annualCap", "minimumPayment", "budget" -> yuan(new BigDecimal(value));
                case "submissionDeadline" -> MINUTE.format(Instant.parse(value).atZone(SHANGHAI));
                default -> value;
            };
        } catch (RuntimeException e) {
            return value;
        }
    }

    /** The words for an enum value, from the bundle key {@code prefix.NAME}. */
    public String label(String prefix, Enum<?> value) {
        return Texts.label(prefix, value);
    }

    public String stage(Enum<?> stage) {
        return Texts.label("stage", stage);
    }
}
