package cn.gov.dongguan.voucher.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.adapter.rest.export.Spreadsheet;
import cn.gov.dongguan.voucher.adapter.rest.json.Body;
import cn.gov.dongguan.voucher.adapter.rest.json.MalformedBodyException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The wire rules of api.md that the REST adapter enforces before any use case runs. */
class WireFormatTest {

    static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @Test
    @Tag("R-ID-2")
    void r_id_2_money_is_a_string_with_exactly_two_fraction_digits() {
        Body ok = Body.of(json("{\"amount\":\"12345.67\"}"), "amount");
        assertThat(ok.money("amount")).isEqualTo(Money.of("12345.67"));
        ok.done();
        for (String bad : new String[] {
            "{\"amount\":12345.67}",
            "{\"amount\":\"12345.6\"}",
            "{\"amount\":\"12345.678\"}",
            "{\"amount\":\"1e5\"}",
            "{\"amount\":\"0012.00\"}",
            "{\"amount\":\"1234567890123.00\"}"
        }) {
            Body body = Body.of(json(bad), "amount");
            body.money("amount");
            assertThatThrownBy(body::done)
                    .as(bad)
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).violations())
                            .extracting(Violation::rule)
                            .containsExactly("R-ID-2"));
        }
    }

    @Test
    void unknown_fields_and_wrong_types_are_all_reported_and_non_objects_are_malformed() {
        Body body = Body.of(json("{\"name\":1,\"admin\":true,\"nested\":{\"x\":1,\"y\":2}}"), "name", "nested");
        body.string("name");
        body.object("nested", "x");
        assertThatThrownBy(body::done).isInstanceOf(ValidationException.class).satisfies(e -> assertThat(
                        ((ValidationException) e).violations())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("admin", "name", "nested.y"));
        assertThatThrownBy(() -> Body.of(json("[1,2]"), "name")).isInstanceOf(MalformedBodyException.class);
        assertThatThrownBy(() -> Body.of(null, "name")).isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void spreadsheet_cells_that_look_like_formulas_are_escaped() {
        assertThat(Spreadsheet.escape("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Spreadsheet.escape("+1")).isEqualTo("'+1");
        assertThat(Spreadsheet.escape("-2")).isEqualTo("'-2");
        assertThat(Spreadsheet.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Spreadsheet.escape("东莞市测试有限公司")).isEqualTo("东莞市测试有限公司");
        byte[] xlsx = Spreadsheet.write("表", java.util.List.of("名称"), java.util.List.of(java.util.List.of("=1+1")));
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
    }
}
