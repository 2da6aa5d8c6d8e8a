package cn.gov.dongguan.voucher.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonBytesTest {

    private static JsonObject readBack(byte[] bytes) {
        return StrictJson.read(new ByteArrayInputStream(bytes)).asJsonObject();
    }

    private static byte[] write(String key, String value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonBytes w = new JsonBytes(out)) {
            w.raw("{").key(key).string(value).raw("}");
        }
        return out.toByteArray();
    }

    @Property(tries = 2000)
    void any_text_reads_back_as_written(@ForAll String key, @ForAll String value) throws IOException {
        JsonObject o = readBack(write(key, value));
        // a lone surrogate is no character: like String.getBytes (and JSON-P before), the writer gives '?'
        String expected = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        String expectedKey = new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(o.getString(expectedKey)).isEqualTo(expected);
    }

    @Test
    void random_texts_over_every_code_unit_read_back_as_string_get_bytes_encodes_them() throws IOException {
        // jqwik's strings hold no surrogates: these hold pairs, lone halves, controls and every plane
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                switch (random.nextInt(4)) {
                    case 0 -> text.append((char) random.nextInt(0x80));
                    case 1 -> text.append((char) random.nextInt(0x10000));
                    case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    default -> text.append((char) (0xd800 + random.nextInt(0x800)));
                }
            }
            String value = text.toString();
            String expected = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertThat(readBack(write("v", value)).getString("v")).isEqualTo(expected);
        }
        assertThat(new String(write("v", "a\ud800b"), StandardCharsets.UTF_8)).isEqualTo("{\"v\":\"a?b\"}");
    }

    @Test
    void names_quotes_controls_and_astral_characters_are_escaped_or_encoded_exactly() throws IOException {
        String name = "东莞市\"松山湖\"\\科技\n有限公司\u0001😀é";
        byte[] bytes = write("name", name);
        assertThat(readBack(bytes).getString("name")).isEqualTo(name);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\\\"松山湖\\\"")
                .contains("\\u000a")
                .contains("\\u0001")
                .contains("😀");
    }

    @Test
    void more_than_one_buffer_is_written_whole() throws IOException {
        StringBuilder big = new StringBuilder();
        Random random = new Random(7);
        while (big.length() < 300_000) {
            big.append((char) (0x4e00 + random.nextInt(0x5000))).append('a');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonBytes w = new JsonBytes(out)) {
            w.raw("{").key("rows").raw("[");
            for (int i = 0; i < 3; i++) {
                w.raw(i == 0 ? "" : ",").string(big.toString());
            }
            w.raw("]}");
        }
        var rows = readBack(out.toByteArray()).getJsonArray("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.getString(2)).isEqualTo(big.toString());
    }
}
