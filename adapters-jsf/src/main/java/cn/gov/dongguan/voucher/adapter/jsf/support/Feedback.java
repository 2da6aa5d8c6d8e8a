package cn.gov.dongguan.voucher.adapter.jsf.support;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.UnsupportedContentException;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a use case for a page and turns what it refuses into messages the user can act on: each
 * violation with its rule ID, a stale form as a conflict to reload, never a stack trace.
 */
public final class Feedback {

    private Feedback() {}

    /** The use case's answer, or {@code null} after the refusal was shown as messages. */
    public static <T> T attempt(Supplier<T> useCase) {
        return attempt(useCase, Map.of());
    }

    /**
     * As {@link #attempt(Supplier)}; a violation of a field named in {@code fields} (the use case's
     * field name → the input's client id) is shown next to that input as well, so that it is
     * announced where the user has to correct it.
     */
    public static <T> T attempt(Supplier<T> useCase, Map<String, String> fields) {
        try {
            return useCase.get();
        } catch (DomainException e) {
            for (Violation v : e.violations()) {
                String input = v.field() == null ? null : fields.get(v.field());
                if (input != null) {
                    Texts.error(input, Texts.text("error.invalid"), violation(v));
                }
            }
            show(e);
            return null;
        }
    }

    /** Runs the step; {@code true} when it went through. */
    public static boolean attempt(Runnable step) {
        return attempt(() -> {
                    step.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    public static void show(DomainException e) {
        if (e instanceof StaleVersionException) {
            Texts.error(null, Texts.text("error.stale"), Texts.text("error.stale.detail"));
        } else if (e instanceof NotFoundException) {
            Texts.error(null, Texts.text("error.notFound"), null);
        } else if (e instanceof ForbiddenException) {
            Texts.error(null, Texts.text("error.forbidden"), describe(e));
        } else if (e instanceof ConflictException) {
            Texts.error(null, Texts.text("error.conflict"), describe(e));
        } else if (e instanceof UnsupportedContentException) {
            Texts.error(null, Texts.text("error.unsupported"), describe(e));
        } else {
            for (Violation v : e.violations()) {
                Texts.error(null, Texts.text(summaryKey(v, Texts::text)), violation(v));
            }
            if (e.violations().isEmpty()) {
                Texts.error(null, Texts.text("error.invalid"), e.getMessage());
            }
        }
    }

    /**
     * {@code violation.<CODE>.<field>} where the bundle has it (a generic code such as REQUIRED
     * worded for its field), else {@code violation.<CODE>}.
     */
    private static String key(Violation v, BiFunction<String, Object[], String> texts) {
        if (v.field() != null) {
            String forField = "violation." + v.code() + "." + v.field();
            if (!texts.apply(forField, new Object[0]).equals(forField)) {
                return forField;
            }
        }
        return "violation." + v.code();
    }

    /** Worded violations that are about what the officer typed; the other worded ones are about the case. */
    private static final Set<String> INPUT_CODES =
            Set.of("REASON_REQUIRED", "REQUIRED", "NEGATIVE_AMOUNT", "RETURN_ITEMS_REQUIRED");

    /**
     * "输入有误" for what was typed; "不能办理" for a refusal the bundle words that is about the case
     * (a stale credit look-up, a disqualification), where nothing typed is wrong.
     */
    static String summaryKey(Violation v, BiFunction<String, Object[], String> texts) {
        String key = key(v, texts);
        boolean aboutTheCase = v.code() != null
                && !INPUT_CODES.contains(v.code())
                && !texts.apply(key, new Object[0]).equals(key);
        return aboutTheCase ? "error.refused" : "error.invalid";
    }

    private static String describe(DomainException e) {
        return e.violations().isEmpty()
                ? e.getMessage()
                : String.join(
                        "; ", e.violations().stream().map(Feedback::violation).toList());
    }

    /**
     * The violation in the user's words: where the bundle has {@code violation.<CODE>}, that text
     * (its values taken from the domain's message), the rule ID after it; otherwise
     * "[R-ELIG-6] field: message", the rule first.
     */
    static String violation(Violation v) {
        return violation(v, Texts::text);
    }

    /** As {@link #violation(Violation)}, with the bundle's lookup given (for tests without Faces). */
    static String violation(Violation v, BiFunction<String, Object[], String> texts) {
        String key = key(v, texts);
        Object[] values = v.code() == null ? null : values(v, texts);
        if (values != null && !texts.apply(key, new Object[0]).equals(key)) {
            String worded = texts.apply(key, values);
            return v.rule() == null ? worded : worded + "（" + v.rule() + "）";
        }
        StringBuilder text = new StringBuilder();
        if (v.rule() != null) {
            text.append('[').append(v.rule()).append("] ");
        }
        if (v.field() != null) {
            text.append(v.field()).append(": ");
        }
        return text.append(v.message()).toString();
    }

    /**
     * The values a worded violation shows, read from the domain's message (its figures, days and
     * stages); {@code null} where the message does not carry them, so the domain's own words are
     * shown rather than a text with holes.
     */
    private static final Map<String, Pattern> VALUES = Map.of(
            "CREDIT_CHECK_TOO_OLD",
                    Pattern.compile(
                            "look-up of (\\S+) is (\\d+) days old on the day of payment (\\S+), more than the batch's (\\d+)"),
            "NOTICE_NOT_PASSED",
                    Pattern.compile("(\\d+) application\\(s\\).*\\((\\d+) with an open objection, (\\d+) whose"),
            "CREDIT_LISTED", Pattern.compile("look-up of (\\S+) lists the applicant on ([A-Z_, ]+):"));

    private static final Pattern STAGE_COUNTS = Pattern.compile("\\(([A-Z_]+ \\d+(?:, [A-Z_]+ \\d+)*)\\)");

    private static Object[] values(Violation v, BiFunction<String, Object[], String> texts) {
        if ("APPLICATIONS_IN_REVIEW".equals(v.code())) {
            Matcher m = STAGE_COUNTS.matcher(v.message());
            if (!m.find()) {
                return null;
            }
            StringJoiner counts = new StringJoiner("，");
            for (String part : m.group(1).split(", ")) {
                String[] stageAndCount = part.split(" ");
                counts.add(texts.apply("stage." + stageAndCount[0], new Object[0]) + " " + stageAndCount[1]);
            }
            return new Object[] {counts.toString()};
        }
        Pattern pattern = VALUES.get(v.code());
        if (pattern == null) {
            return new Object[0];
        }
        Matcher m = pattern.matcher(v.message());
        if (!m.find()) {
            return null;
        }
        Object[] values = new Object[m.groupCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = m.group(i + 1);
        }
        if ("CREDIT_LISTED".equals(v.code())) {
            StringJoiner lists = new StringJoiner("、");
            for (String list : m.group(2).trim().split(", ")) {
                lists.add(texts.apply("creditList." + list, new Object[0]));
            }
            values[1] = lists.toString();
        }
        return values;
    }
}
