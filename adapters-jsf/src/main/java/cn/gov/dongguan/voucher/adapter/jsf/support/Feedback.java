package cn.gov.dongguan.voucher.adapter.jsf.support;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.UnsupportedContentException;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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

    /** A refusal in one line of the user's words, for a row of a bulk step's report. */
    public static String words(DomainException e) {
        if (e instanceof StaleVersionException) {
            return Texts.text("error.stale.detail");
        }
        if (e instanceof NotFoundException) {
            return Texts.text("error.notFound");
        }
        if (e instanceof ForbiddenException) {
            String rule = forbiddenRule(e);
            return Texts.text("error.forbidden") + (rule == null ? "" : rule);
        }
        if (e.violations().isEmpty()) {
            return Texts.text("error.invalid");
        }
        return String.join("；", e.violations().stream().map(Feedback::violation).toList());
    }

    public static void show(DomainException e) {
        if (e instanceof StaleVersionException) {
            Texts.error(null, Texts.text("error.stale"), Texts.text("error.stale.detail"));
        } else if (e instanceof NotFoundException) {
            Texts.error(null, Texts.text("error.notFound"), null);
        } else if (e instanceof ForbiddenException) {
            // the reason is the role or the town; the rule, if any, is named, never the developer's sentence
            Texts.error(null, Texts.text("error.forbidden"), forbiddenRule(e));
        } else if (e instanceof ConflictException) {
            Texts.error(null, Texts.text("error.conflict"), describe(e));
        } else if (e instanceof UnsupportedContentException) {
            Texts.error(null, Texts.text("error.unsupported"), describe(e));
        } else {
            for (Violation v : e.violations()) {
                Texts.error(null, Texts.text(summaryKey(v, Texts::text)), violation(v));
            }
            if (e.violations().isEmpty()) {
                // a refusal without a code has no words of the user's language: the summary alone
                Texts.error(null, Texts.text("error.invalid"), null);
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
    private static final Set<String> INPUT_CODES = Set.of(
            "REASON_REQUIRED",
            "REQUIRED",
            "NEGATIVE_AMOUNT",
            "RETURN_ITEMS_REQUIRED",
            "DUE_BEFORE_ISSUE",
            "DUE_TOO_FAR",
            "QUESTION_COUNT",
            "FORBIDDEN_CHARACTERS",
            "TOO_LONG");

    /**
     * "输入有误" for what was typed; "不能办理" for a refusal the bundle words that is about the case
     * (a stale credit look-up, a disqualification), where nothing typed is wrong.
     */
    static String summaryKey(Violation v, BiFunction<String, Object[], String> texts) {
        String key = key(v, texts);
        boolean aboutTheCase = v.code() != null
                && !INPUT_CODES.contains(v.code())
                && !v.code().matches(".*_(FORMAT|REQUIRED|CHECK|LENGTH|CHARACTER)|NOT_A_.*|ANSWER_.*")
                && !texts.apply(key, new Object[0]).equals(key);
        return aboutTheCase ? "error.refused" : "error.invalid";
    }

    private static String forbiddenRule(DomainException e) {
        return e.violations().stream()
                .map(Violation::rule)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(rule -> "（" + rule + "）")
                .orElse(null);
    }

    private static String describe(DomainException e) {
        return e.violations().isEmpty()
                ? null
                : String.join(
                        "; ", e.violations().stream().map(Feedback::violation).toList());
    }

    /**
     * The violation in the user's words: where the bundle has {@code violation.<CODE>}, that text
     * (with the values the violation carries), the rule ID after it; otherwise
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
        // no words for it (or not the values its words need): never the developer's sentence, the code instead
        String code = v.code() == null ? "—" : v.code();
        return v.rule() == null
                ? texts.apply("violation.unworded", new Object[] {code})
                : texts.apply("violation.unwordedRule", new Object[] {code, v.rule()});
    }

    /** How many values each worded text with placeholders needs from its violation (at least). */
    private static final Map<String, Integer> NEEDED = Map.of(
            "CREDIT_CHECK_TOO_OLD",
            4,
            "NOTICE_NOT_PASSED",
            3,
            "CREDIT_LISTED",
            2,
            "APPLICATIONS_IN_REVIEW",
            2,
            "DUE_BEFORE_ISSUE",
            2,
            "DUE_TOO_FAR",
            2,
            "NOT_FUNDED",
            2,
            "NO_FUNDED_APPLICANTS",
            1);

    /**
     * The values a worded violation shows, as the domain gave them with the violation (its dates,
     * counts and stages), stages and credit lists in words; {@code null} where the violation does
     * not carry them, so the domain's own words are shown rather than a text with holes.
     */
    private static Object[] values(Violation v, BiFunction<String, Object[], String> texts) {
        List<String> values = v.values();
        if (values.size() < NEEDED.getOrDefault(v.code(), 0)) {
            return null;
        }
        if ("APPLICATIONS_IN_REVIEW".equals(v.code())) {
            StringJoiner counts = new StringJoiner("，");
            for (int i = 0; i + 1 < values.size(); i += 2) {
                counts.add(texts.apply("stage." + values.get(i), new Object[0]) + " " + values.get(i + 1));
            }
            return new Object[] {counts.toString()};
        }
        if ("WRONG_STAGE".equals(v.code())) {
            return new Object[] {
                texts.apply("action." + values.get(0), new Object[0]),
                texts.apply("stage." + values.get(1), new Object[0])
            };
        }
        if ("CREDIT_LISTED".equals(v.code())) {
            StringJoiner lists = new StringJoiner("、");
            for (String list : values.subList(1, values.size())) {
                lists.add(texts.apply("creditList." + list, new Object[0]));
            }
            return new Object[] {values.get(0), lists.toString()};
        }
        return values.toArray();
    }
}
