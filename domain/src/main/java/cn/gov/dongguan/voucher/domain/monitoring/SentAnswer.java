package cn.gov.dongguan.voucher.domain.monitoring;

import java.util.Objects;

/**
 * One answer as the portal sent it, before it is checked against its question's kind: its text and
 * whether it came as a string, as a number, or as anything else (true, an object, an array), so that
 * money sent as a number is refused like any other wrong type.
 */
public record SentAnswer(Form form, String text) {

    public enum Form {
        STRING,
        NUMBER,
        OTHER
    }

    public SentAnswer {
        Objects.requireNonNull(form, "form");
        text = text == null ? "" : text;
    }

    public static SentAnswer string(String text) {
        return new SentAnswer(Form.STRING, text);
    }

    public static SentAnswer number(String literal) {
        return new SentAnswer(Form.NUMBER, literal);
    }

    public static SentAnswer other(String json) {
        return new SentAnswer(Form.OTHER, json);
    }
}
