package cn.gov.dongguan.voucher.adapter.rest.json;

import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a JSON request body field by field, strictly: unknown fields, wrong JSON types, money that
 * is not a string with exactly 2 fraction digits, bad dates and codes are all collected as
 * violations (with the field's path) and refused together with 422 by {@link #done()}. Values the
 * domain refuses are collected too, so one response lists everything that is wrong.
 */
public final class Body {

    /** Money on the wire: a JSON string, optional minus, digits, exactly 2 fraction digits. */
    static final Pattern MONEY = Pattern.compile("-?(0|[1-9]\\d{0,11})\\.\\d{2}");

    private final JsonObject json;
    private final String path;
    private final List<Violation> violations;

    private Body(JsonObject json, String path, List<Violation> violations) {
        this.json = json;
        this.path = path;
        this.violations = violations;
    }

    /** The body, which must be a JSON object whose fields are all among {@code allowed}. */
    public static Body of(JsonValue value, String... allowed) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedBodyException("the request body must be a JSON object");
        }
        Body body = new Body(value.asJsonObject(), "", new ArrayList<>());
        body.only(allowed);
        return body;
    }

    private void only(String... allowed) {
        // a handful of names: a scan of the array (a body of 10,000 records asks this 10,000 times)
        for (String key : json.keySet()) {
            if (!among(key, allowed)) {
                violations.add(Violation.of(path + key, "UNKNOWN_FIELD", null, "unknown field '" + key + "'"));
            }
        }
    }

    private static boolean among(String key, String[] allowed) {
        for (String a : allowed) {
            if (a.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private String at(String field) {
        return path + field;
    }

    private void add(String field, String code, String message) {
        violations.add(Violation.of(at(field), code, null, message));
    }

    private JsonValue raw(String field) {
        JsonValue v = json.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }

    /** The value, and a REQUIRED violation when the field is absent (a present but bad value is reported already). */
    private <T> T required(String field, T value) {
        if (value == null && !has(field)) {
            add(field, "REQUIRED", field + " is required");
        }
        return value;
    }

    public boolean has(String field) {
        return raw(field) != null;
    }

    /** A string, or {@code null} when absent; a non-string is a violation. */
    public String string(String field) {
        JsonValue v = raw(field);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            add(field, "NOT_A_STRING", field + " must be a string");
            return null;
        }
        return ((JsonString) v).getString();
    }

    public String requiredString(String field) {
        return required(field, string(field));
    }

    public Boolean bool(String field) {
        JsonValue v = raw(field);
        if (v == null) {
            return null;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        add(field, "NOT_A_BOOLEAN", field + " must be true or false");
        return null;
    }

    public boolean requiredBool(String field) {
        return Boolean.TRUE.equals(required(field, bool(field)));
    }

    public Integer integer(String field) {
        JsonValue v = raw(field);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            add(field, "NOT_AN_INTEGER", field + " must be a whole number");
            return null;
        }
        try {
            return ((JsonNumber) v).intValueExact();
        } catch (ArithmeticException e) {
            add(field, "OUT_OF_RANGE", field + " is out of range");
            return null;
        }
    }

    public Integer requiredInteger(String field) {
        return required(field, integer(field));
    }

    /** A decimal quantity (not money), as a JSON number or a numeric string. */
    public java.math.BigDecimal decimal(String field, boolean required) {
        JsonValue v = raw(field);
        if (v == null) {
            if (required && !has(field)) {
                add(field, "REQUIRED", field + " is required");
            }
            return null;
        }
        if (v.getValueType() == JsonValue.ValueType.NUMBER) {
            return ((JsonNumber) v).bigDecimalValue();
        }
        if (v.getValueType() == JsonValue.ValueType.STRING) {
            try {
                return new java.math.BigDecimal(((JsonString) v).getString());
            } catch (NumberFormatException e) {
                add(field, "NOT_A_NUMBER", field + " must be a number");
                return null;
            }
        }
        add(field, "NOT_A_NUMBER", field + " must be a number");
        return null;
    }

    /** Money as the contract carries it: a string with exactly 2 fraction digits (R-ID-2). */
    public Money money(String field) {
        JsonValue v = raw(field);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            violations.add(Violation.of(
                    at(field),
                    "MONEY_NOT_A_STRING",
                    "R-ID-2",
                    field + " must be a string with exactly 2 fraction digits, e.g. \"12345.67\""));
            return null;
        }
        String text = ((JsonString) v).getString();
        if (!MONEY.matcher(text).matches()) {
            violations.add(Violation.of(
                    at(field),
                    "MONEY_FORMAT",
                    "R-ID-2",
                    field + " must have exactly 2 fraction digits and at most 12 integer digits, e.g. \"12345.67\""));
            return null;
        }
        return Money.of(text);
    }

    public Money requiredMoney(String field) {
        return required(field, money(field));
    }

    public LocalDate date(String field) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            add(field, "DATE_FORMAT", field + " must be a date like 2025-03-01");
            return null;
        }
        return rangedDay(field, day);
    }

    public LocalDate requiredDate(String field) {
        return required(field, date(field));
    }

    /** An instant with offset (2025-11-20T10:00:00+08:00). */
    public Instant instant(String field) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instants.parse(s);
        } catch (DateTimeParseException e) {
            add(field, "INSTANT_FORMAT", field + " must be an instant with offset like 2025-11-20T10:00:00+08:00");
            return null;
        }
        return ranged(field, instant);
    }

    /**
     * An instant, also accepted as a date: the start of that day in Asia/Shanghai, or with
     * {@code endOfDay} the start of the next day (so a period of one date covers the whole day).
     */
    public Instant instantOrDate(String field, boolean endOfDay) {
        String s = string(field);
        if (s == null) {
            if (!has(field)) {
                add(field, "REQUIRED", field + " is required");
            }
            return null;
        }
        try {
            return ranged(field, Instants.parse(s));
        } catch (DateTimeParseException e) {
            try {
                LocalDate day = LocalDate.parse(s);
                if (rangedDay(field, day) == null) {
                    return null;
                }
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                        .toInstant();
            } catch (DateTimeParseException again) {
                add(field, "INSTANT_FORMAT", field + " must be an instant with offset or a date");
                return null;
            }
        }
    }

    /** The day where it lies in the programme's range, else a DATE_OUT_OF_RANGE violation. */
    private LocalDate rangedDay(String field, LocalDate day) {
        if (ProgrammeCalendar.inRange(day)) {
            return day;
        }
        violations.add(ProgrammeCalendar.outOfRange(at(field)));
        return null;
    }

    /** The instant where it falls in the programme's days, else a DATE_OUT_OF_RANGE violation ({@code null} counts as outside). */
    private Instant ranged(String field, Instant instant) {
        if (instant != null && ProgrammeCalendar.inRange(instant)) {
            return instant;
        }
        violations.add(ProgrammeCalendar.outOfRange(at(field)));
        return null;
    }

    public Instant requiredInstant(String field) {
        return required(field, instant(field));
    }

    /** A date, also accepted as an instant with offset (taken as its day in Asia/Shanghai). */
    public LocalDate dateOrInstant(String field) {
        String s = string(field);
        if (s == null) {
            if (!has(field)) {
                add(field, "REQUIRED", field + " is required");
            }
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                Instant instant = ranged(field, Instants.parse(s));
                return instant == null ? null : ProgrammeCalendar.dayOf(instant);
            } catch (DateTimeParseException again) {
                add(field, "DATE_FORMAT", field + " must be a date like 2025-03-01");
                return null;
            }
        }
        return rangedDay(field, day);
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return enumValue(field, type, null);
    }

    /** A code of {@code type}; an unknown code is reported with {@code rule}, the rule that lists the codes. */
    public <E extends Enum<E>> E enumValue(String field, Class<E> type, String rule) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(
                    at(field),
                    "UNKNOWN_CODE",
                    rule,
                    field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        return requiredEnum(field, type, null);
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type, String rule) {
        return required(field, enumValue(field, type, rule));
    }

    /** An array of strings mapped by {@code parse}; each bad element is a violation. */
    public <T> List<T> list(String field, Function<String, T> parse) {
        JsonValue v = raw(field);
        if (v == null) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            add(field, "NOT_AN_ARRAY", field + " must be an array");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        JsonArray array = (JsonArray) v;
        for (int i = 0; i < array.size(); i++) {
            JsonValue e = array.get(i);
            if (e.getValueType() != JsonValue.ValueType.STRING) {
                add(field + "[" + i + "]", "NOT_A_STRING", field + " must hold strings");
                continue;
            }
            T parsed = attempt(field + "[" + i + "]", () -> parse.apply(((JsonString) e).getString()));
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }

    public <E extends Enum<E>> List<E> enumList(String field, Class<E> type, String rule) {
        return list(field, s -> {
            try {
                return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationException.of(
                        field,
                        "UNKNOWN_CODE",
                        rule,
                        field + " must hold codes of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        });
    }

    /** A nested object with its own allowed fields, or {@code null} when absent. */
    public Body object(String field, String... allowed) {
        JsonValue v = raw(field);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            add(field, "NOT_AN_OBJECT", field + " must be an object");
            return null;
        }
        Body nested = new Body(v.asJsonObject(), at(field) + ".", violations);
        nested.only(allowed);
        return nested;
    }

    /** An array of objects, each with its own allowed fields (paths {@code field[i].…}); absent is empty. */
    public List<Body> objects(String field, String... allowed) {
        JsonValue v = raw(field);
        if (v == null) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            add(field, "NOT_AN_ARRAY", field + " must be an array");
            return List.of();
        }
        List<Body> result = new ArrayList<>();
        JsonArray array = (JsonArray) v;
        for (int i = 0; i < array.size(); i++) {
            JsonValue e = array.get(i);
            if (e.getValueType() != JsonValue.ValueType.OBJECT) {
                add(field + "[" + i + "]", "NOT_AN_OBJECT", field + " must hold objects");
                continue;
            }
            Body nested = new Body(e.asJsonObject(), at(field) + "[" + i + "].", violations);
            nested.only(allowed);
            result.add(nested);
        }
        return result;
    }

    /** A JSON object whose members are read as they are (a map of answers), or {@code null} when absent. */
    public JsonObject rawObject(String field) {
        JsonValue v = raw(field);
        if (v == null) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            add(field, "NOT_AN_OBJECT", field + " must be an object");
            return null;
        }
        return v.asJsonObject();
    }

    /** Records a violation at {@code field} of this body. */
    public void refuse(String field, String code, String rule, String message) {
        violations.add(Violation.of(at(field), code, rule, message));
    }

    public Body requiredObject(String field, String... allowed) {
        return required(field, object(field, allowed));
    }

    /**
     * Builds a domain value, turning its refusal into violations with this body's path; returns
     * {@code null} when it was refused.
     */
    public <T> T attempt(String field, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            for (Violation v : e.violations()) {
                String where = v.field() == null ? at(field) : (field == null ? path + v.field() : at(field));
                violations.add(Violation.of(where, v.code(), v.rule(), v.message()));
            }
            return null;
        }
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /** Throws every violation collected so far (422); returns normally when there is none. */
    public void done() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
