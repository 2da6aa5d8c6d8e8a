package cn.gov.dongguan.voucher.domain.shared;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Small guards for constructors: each failure is a {@link ValidationException} naming the field. */
public final class Require {

    private Require() {}

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw ValidationException.of(field, "REQUIRED", null, field + " is required");
        }
        return value;
    }

    /** Trims the text and checks it is neither blank nor longer than {@code max} characters. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, "REQUIRED", null, field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ValidationException.of(field, "TOO_LONG", null, field + " must be at most " + max + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw ValidationException.of(
                    field, "CONTROL_CHARACTER", null, field + " must not contain control characters");
        }
        return trimmed;
    }

    /**
     * A name (of a unit, person, project, file): text as {@link #text}, without markup or expression
     * syntax ({@code < > #{ ${}), which no real name needs and which could be evaluated downstream.
     */
    public static String name(String value, String field, int max) {
        String text = text(value, field, max);
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0 || text.contains("#{") || text.contains("${")) {
            throw ValidationException.of(
                    field, "FORBIDDEN_CHARACTERS", null, field + " must not contain '<', '>', '#{' or '${'");
        }
        return text;
    }

    /** Like {@link #text} but {@code null} or blank gives {@code null}. */
    public static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, max);
    }

    /** A day that is present and lies in 2000-01-01 … 2100-12-31 (ProgrammeCalendar's range). */
    public static java.time.LocalDate day(java.time.LocalDate value, String field) {
        return inRange(present(value, field), ProgrammeCalendar.inRange(value), field);
    }

    /** An instant that is present and falls on a day in the programme's range. */
    public static java.time.Instant instant(java.time.Instant value, String field) {
        return inRange(present(value, field), ProgrammeCalendar.inRange(value), field);
    }

    private static <T> T inRange(T value, boolean inRange, String field) {
        if (!inRange) {
            throw new ValidationException(java.util.List.of(ProgrammeCalendar.outOfRange(field)));
        }
        return value;
    }

    public static void that(boolean condition, String field, String code, String rule, String message) {
        if (!condition) {
            throw ValidationException.of(field, code, rule, message);
        }
    }

    public static <T> List<T> noNulls(Collection<T> values, String field) {
        Objects.requireNonNull(values, field);
        if (values.stream().anyMatch(Objects::isNull)) {
            throw ValidationException.of(field, "NULL_ELEMENT", null, field + " must not contain null");
        }
        return List.copyOf(values);
    }
}
