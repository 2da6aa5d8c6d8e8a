package cn.gov.dongguan.voucher.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Issue 14: a body is exactly one JSON value, strictly read; nothing else is ever accepted, nothing answers 500. */
class StrictJsonTest {

    static JsonValue read(String body) {
        return StrictJson.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void one_object_is_read() {
        assertThat(read(" {\"a\":\"1.00\",\"b\":[1,2,{\"c\":null}]} \n")
                        .asJsonObject()
                        .getString("a"))
                .isEqualTo("1.00");
    }

    @Test
    void trailing_garbage_and_a_second_object_are_refused_as_malformed() {
        assertThatThrownBy(() -> read("{\"a\":1} x")).isInstanceOf(MalformedBodyException.class);
        assertThatThrownBy(() -> read("{\"a\":1}{\"a\":2}")).isInstanceOf(MalformedBodyException.class);
        assertThatThrownBy(() -> read("{\"a\":1},")).isInstanceOf(MalformedBodyException.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(MalformedBodyException.class);
        assertThatThrownBy(() -> read("{\"a\":")).isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void a_duplicate_key_is_refused_naming_it_never_last_wins() {
        assertThatThrownBy(() -> read("{\"amount\":\"1.00\",\"amount\":\"2.00\"}"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("amount");
                            assertThat(v.code()).isEqualTo("DUPLICATE_KEY");
                        }));
        assertThatThrownBy(() -> read("[{\"x\":{\"town\":\"A\",\"town\":\"B\"}}]"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("[0].x.town"));
    }

    @Test
    void deep_nesting_and_endless_numbers_are_refused_with_422_not_a_crash() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> read(deep)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.violations().get(0).code())
                .isEqualTo("NESTING_TOO_DEEP"));
        assertThat(read("[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH)))
                .isNotNull();
        assertThatThrownBy(() -> read("{\"n\":" + "9".repeat(100_000) + "}"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("NUMBER_TOO_LONG"));
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings()
                        .withChars("{}[]\":,0123456789.eE+-truefalsn \\u")
                        .ofMaxLength(200));
    }

    /** Whatever arrives, the reader answers a value or a refusal the API maps to 400/422, never anything else (500). */
    @Property(tries = 2000)
    void no_body_makes_the_reader_fail_other_than_by_refusing_it(@ForAll("anything") String body) {
        try {
            read(body);
        } catch (MalformedBodyException | DomainException refused) {
            // 400 or 422
        }
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.strings()
                .withChars("{}[]\":,0123456789abcxyz")
                .ofMinLength(1)
                .ofMaxLength(20);
    }

    /** One valid object followed by anything that is not whitespace is never taken as that object. */
    @Property(tries = 1000)
    void an_object_with_anything_after_it_is_never_accepted(@ForAll("suffixes") String suffix) {
        String body = "{\"recordId\":\"r-1\",\"amount\":\"10.00\"}" + suffix;
        assertThatThrownBy(() -> read(body)).isInstanceOfAny(MalformedBodyException.class, DomainException.class);
    }

    /** What a partner writes as JSON is read back as it was. */
    @Property(tries = 300)
    void well_formed_bodies_read_back_as_written(
            @ForAll("keys") String key, @ForAll("texts") String text, @ForAll long number) {
        JsonValue written = Json.createObjectBuilder()
                .add(key, text)
                .add(key + "_n", number)
                .add(key + "_a", Json.createArrayBuilder().add(text).addNull().add(true))
                .build();
        assertThat(read(written.toString())).isEqualTo(written);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0020', '\uD7FF').ofMaxLength(50);
    }
}
