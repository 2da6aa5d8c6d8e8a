package cn.gov.dongguan.voucher.domain.monitoring;

import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * One question of a monitoring request (R-POST-1): a key the answer is given under (letters, digits
 * and {@code _}, starting with a letter, up to 40), the question as the applicant reads it, and the
 * kind of answer it takes.
 */
public record MonitoringQuestion(String key, String text, AnswerKind kind) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    public MonitoringQuestion {
        Require.present(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw ValidationException.of(
                    "key",
                    "QUESTION_KEY_FORMAT",
                    "R-POST-1",
                    "a question's key is a letter followed by up to 39 letters, digits or '_'");
        }
        text = Require.name(text, "text", 500);
        Require.present(kind, "kind");
    }
}
