package cn.gov.dongguan.voucher.adapter.rest.json;

import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a request body as exactly one JSON value, strictly (RFC 8259 and what a contract needs
 * beyond it): nothing after the value (no trailing garbage, no second object), no key twice in an
 * object (a duplicate is 422 naming it, never last-wins), at most {@value #MAX_DEPTH} levels of
 * nesting and numbers of at most {@value #MAX_NUMBER_LENGTH} characters (422), anything that is not
 * well-formed JSON 400. The body's size is bounded before this reads it ({@link BodyLimitFilter}).
 */
public final class StrictJson {

    /** Deeper than any body of the contract (usage records are 3 levels). */
    public static final int MAX_DEPTH = 32;

    /** Longer than any number of the contract (money travels as strings). */
    public static final int MAX_NUMBER_LENGTH = 40;

    /**
     * Looked up once: {@code Json.createXxx} asks the service loader for the provider on every call,
     * which made reading 5,000 usage records five times slower than storing them.
     */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    /** The JSON provider, looked up once, for everything of this adapter that reads or writes JSON-P. */
    public static jakarta.json.spi.JsonProvider provider() {
        return JSON;
    }

    private StrictJson() {}

    /** The one value of the body. */
    public static JsonValue read(InputStream body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (!parser.hasNext()) {
                throw new MalformedBodyException("the request body is empty");
            }
            JsonValue value = value(parser, parser.next(), 1, Where.ROOT);
            if (parser.hasNext()) {
                throw new MalformedBodyException(
                        "the request body must be exactly one JSON value, with nothing after it");
            }
            return value;
        } catch (JsonParsingException e) {
            throw new MalformedBodyException("the request body is not well-formed JSON");
        } catch (JsonException e) {
            if (e.getCause() instanceof PayloadTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new MalformedBodyException("the request body is not well-formed JSON");
        } catch (java.util.NoSuchElementException | IllegalStateException e) {
            throw new MalformedBodyException("the request body is not well-formed JSON");
        }
    }

    /**
     * Where a value stands in the body, spelt out ({@code items[3].amount}) only for a refusal: a body of
     * 10,000 usage records has 70,000 values, and building each one's path as text cost a tenth of a push.
     */
    private record Where(Where parent, String key, int index) {
        static final Where ROOT = new Where(null, null, -1);

        Where key(String name) {
            return new Where(this, name, -1);
        }

        Where index(int i) {
            return new Where(this, null, i);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String before = parent.toString();
            if (key == null) {
                return before + "[" + index + "]";
            }
            return before.isEmpty() ? key : before + "." + key;
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, int depth, Where path) {
        switch (event) {
            case START_OBJECT -> {
                deep(depth, path);
                JsonObjectBuilder object = JSON.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                while (true) {
                    JsonParser.Event next = parser.next();
                    if (next == JsonParser.Event.END_OBJECT) {
                        return object.build();
                    }
                    if (next != JsonParser.Event.KEY_NAME) {
                        throw new MalformedBodyException("the request body is not well-formed JSON");
                    }
                    String key = parser.getString();
                    Where at = path.key(key);
                    if (!keys.add(key)) {
                        throw ValidationException.of(
                                at.toString(),
                                "DUPLICATE_KEY",
                                null,
                                "the field '" + at + "' appears twice in one object");
                    }
                    object.add(key, value(parser, parser.next(), depth + 1, at));
                }
            }
            case START_ARRAY -> {
                deep(depth, path);
                JsonArrayBuilder array = JSON.createArrayBuilder();
                int i = 0;
                while (true) {
                    JsonParser.Event next = parser.next();
                    if (next == JsonParser.Event.END_ARRAY) {
                        return array.build();
                    }
                    array.add(value(parser, next, depth + 1, path.index(i++)));
                }
            }
            case VALUE_STRING -> {
                return JSON.createValue(parser.getString());
            }
            case VALUE_NUMBER -> {
                String text = parser.getString();
                if (text.length() > MAX_NUMBER_LENGTH) {
                    String at = path.toString();
                    throw ValidationException.of(
                            at.isEmpty() ? "body" : at,
                            "NUMBER_TOO_LONG",
                            null,
                            "a number has at most " + MAX_NUMBER_LENGTH + " characters");
                }
                return JSON.createValue(new java.math.BigDecimal(text));
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new MalformedBodyException("the request body is not well-formed JSON");
        }
    }

    private static void deep(int depth, Where path) {
        if (depth > MAX_DEPTH) {
            String at = path.toString();
            throw ValidationException.of(
                    at.isEmpty() ? "body" : at,
                    "NESTING_TOO_DEEP",
                    null,
                    "a body nests at most " + MAX_DEPTH + " levels of objects and arrays");
        }
    }
}
