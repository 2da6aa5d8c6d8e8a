package cn.gov.dongguan.voucher.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations are JSON with every label escaped: no markup or script gets through. */
class ChartsTest {

    @Test
    void a_bar_chart_carries_labels_and_exact_numbers() {
        String json = Charts.bar(List.of("已提交", "公示中"), List.of(new Charts.Series("申请数", List.of(3L, 12L))), true);
        assertThat(json)
                .isEqualTo("{\"type\":\"bar\",\"data\":{\"labels\":[\"已提交\",\"公示中\"],\"datasets\":"
                        + "[{\"label\":\"申请数\",\"data\":[3,12]}]},\"options\":{\"responsive\":true,"
                        + "\"maintainAspectRatio\":false,\"animation\":false,\"indexAxis\":\"y\"}}");
        assertThat(Charts.line(
                        List.of("2025-01"), List.of(new Charts.Series("ORD-1", List.of(new BigDecimal("720.50"))))))
                .contains("\"data\":[720.50]");
    }

    @Test
    void labels_cannot_break_out_of_the_json_or_the_page() {
        String json = Charts.bar(List.of("a\"},</script><script>alert(1)</script>\\"), List.of(), false);
        assertThat(json)
                .doesNotContain("</script>")
                .doesNotContain("<script>")
                .contains("a\\\"},\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\\\");
    }
}
