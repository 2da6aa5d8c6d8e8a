package cn.gov.dongguan.voucher.domain.monitoring;

import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of answer a monitoring question takes (R-POST-1), and how a sent value of that kind is
 * checked and kept: as text, in one canonical form, so that the same answer sent again compares equal.
 */
public enum AnswerKind {
    /** Free text, 1 to 5,000 characters, line breaks allowed. */
    TEXT {
        @Override
        Result read(SentAnswer sent, String field) {
            if (sent.form() != SentAnswer.Form.STRING) {
                return refused(field, "ANSWER_NOT_TEXT", field + " must be text (a JSON string)");
            }
            String text = sent.text().strip();
            if (text.isEmpty()) {
                return refused(field, "ANSWER_REQUIRED", field + " is required");
            }
            if (text.length() > MAX_TEXT) {
                return refused(field, "ANSWER_TOO_LONG", field + " must be at most " + MAX_TEXT + " characters");
            }
            if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                return refused(field, "CONTROL_CHARACTER", field + " must not contain control characters");
            }
            return new Result(text, null);
        }
    },
    /** A quantity (people, card-hours, a percentage): a JSON number, at most 18 digits before and 6 after the point. */
    NUMBER {
        @Override
        Result read(SentAnswer sent, String field) {
            if (sent.form() != SentAnswer.Form.NUMBER) {
                return refused(field, "ANSWER_NOT_NUMBER", field + " must be a number (a JSON number)");
            }
            BigDecimal value;
            try {
                if (sent.text().length() > 40) {
                    throw new NumberFormatException();
                }
                value = new BigDecimal(sent.text());
            } catch (NumberFormatException e) {
                return refused(
                        field,
                        "ANSWER_OUT_OF_RANGE",
                        field + " must have at most 18 digits before and 6 after the point");
            }
            BigDecimal plain = value.stripTrailingZeros();
            if (plain.scale() < 0) {
                plain = plain.setScale(0);
            }
            if (plain.scale() > 6 || plain.precision() - plain.scale() > 18) {
                return refused(
                        field,
                        "ANSWER_OUT_OF_RANGE",
                        field + " must have at most 18 digits before and 6 after the point");
            }
            return new Result(plain.toPlainString(), null);
        }
    },
    /** An amount in yuan: a string with exactly 2 fraction digits (as all money of the contract), a loss may be negative. */
    MONEY {
        @Override
        Result read(SentAnswer sent, String field) {
            if (sent.form() != SentAnswer.Form.STRING
                    || !MONEY_TEXT.matcher(sent.text()).matches()) {
                return refused(
                        field,
                        "ANSWER_NOT_MONEY",
                        field + " must be an amount in yuan as a string with 2 digits, e.g. \"1200000.00\"");
            }
            String text = sent.text().equals("-0.00") ? "0.00" : sent.text();
            return new Result(text, null);
        }
    },
    /** A calendar day, ISO {@code yyyy-MM-dd}, from 2000-01-01 to 2100-12-31. */
    DATE {
        @Override
        Result read(SentAnswer sent, String field) {
            if (sent.form() != SentAnswer.Form.STRING
                    || !DATE_TEXT.matcher(sent.text()).matches()) {
                return refused(field, "ANSWER_NOT_DATE", field + " must be a date such as \"2026-03-31\"");
            }
            try {
                LocalDate day = LocalDate.parse(sent.text());
                if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                    return refused(field, "ANSWER_NOT_DATE", field + " must lie between 2000-01-01 and 2100-12-31");
                }
                return new Result(day.toString(), null);
            } catch (DateTimeParseException e) {
                return refused(field, "ANSWER_NOT_DATE", field + " must be a date such as \"2026-03-31\"");
            }
        }
    };

    static final int MAX_TEXT = 5000;
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    private static final Pattern MONEY_TEXT = Pattern.compile("-?(0|[1-9]\\d{0,11})\\.\\d{2}");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The canonical text of a valid answer, or the violation of an invalid one. */
    record Result(String value, Violation violation) {

        Optional<Violation> refusal() {
            return Optional.ofNullable(violation);
        }
    }

    abstract Result read(SentAnswer sent, String field);

    private static Result refused(String field, String code, String message) {
        return new Result(null, Violation.of(field, code, "R-POST-1", message));
    }
}
