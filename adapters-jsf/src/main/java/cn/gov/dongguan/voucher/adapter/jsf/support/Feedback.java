package cn.gov.dongguan.voucher.adapter.jsf.support;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.UnsupportedContentException;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.Map;
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
                Texts.error(null, Texts.text("error.invalid"), violation(v));
            }
            if (e.violations().isEmpty()) {
                Texts.error(null, Texts.text("error.invalid"), e.getMessage());
            }
        }
    }

    private static String describe(DomainException e) {
        return e.violations().isEmpty()
                ? e.getMessage()
                : String.join(
                        "; ", e.violations().stream().map(Feedback::violation).toList());
    }

    /** "[R-ELIG-6] field: message", the rule first where there is one. */
    static String violation(Violation v) {
        StringBuilder text = new StringBuilder();
        if (v.rule() != null) {
            text.append('[').append(v.rule()).append("] ");
        }
        if (v.field() != null) {
            text.append(v.field()).append(": ");
        }
        return text.append(v.message()).toString();
    }
}
