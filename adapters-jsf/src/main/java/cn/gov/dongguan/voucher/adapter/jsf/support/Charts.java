package cn.gov.dongguan.voucher.adapter.jsf.support;

import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}, written as JSON by hand: labels and numbers only,
 * every label escaped. Each chart on a page also has a table or text beside it (ui.md, accessibility).
 */
public final class Charts {

    private Charts() {}

    /** One data set per series, all over the same labels. */
    public record Series(String label, List<? extends Number> values) {}

    public static String bar(List<String> labels, List<Series> series, boolean horizontal) {
        return chart("bar", labels, series, horizontal, false);
    }

    /** A bar chart of counts: the value axis shows whole numbers only. */
    public static String counts(List<String> labels, List<Series> series) {
        return chart("bar", labels, series, false, true);
    }

    public static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series, false, false);
    }

    private static String chart(
            String type, List<String> labels, List<Series> series, boolean horizontal, boolean wholeNumbers) {
        StringBuilder json = new StringBuilder("{\"type\":\"").append(type).append("\",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(labels.get(i)));
        }
        json.append("],\"datasets\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"label\":")
                    .append(quote(s.label()))
                    .append(",\"data\":[");
            for (int j = 0; j < s.values().size(); j++) {
                Number n = s.values().get(j);
                json.append(j == 0 ? "" : ",")
                        .append(n instanceof BigDecimal d ? d.toPlainString() : String.valueOf(n));
            }
            json.append("]}");
        }
        json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false");
        if (horizontal) {
            json.append(",\"indexAxis\":\"y\"");
        }
        if (wholeNumbers) {
            json.append(",\"scales\":{\"y\":{\"ticks\":{\"precision\":0}}}");
        }
        return json.append("}}").toString();
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
