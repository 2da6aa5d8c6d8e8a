package cn.gov.dongguan.voucher.domain.monitoring;

import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the city bureau asks in one issue of monitoring requests (R-POST-1): a title, 1 to 50
 * questions with distinct keys, and the day by whose end the answers are due.
 */
public record MonitoringQuestionnaire(String title, List<MonitoringQuestion> questions, LocalDate dueOn) {

    public static final int MAX_QUESTIONS = 50;

    public MonitoringQuestionnaire {
        title = Require.name(title, "title", 200);
        Require.present(questions, "questions");
        questions = Require.noNulls(questions, "questions");
        List<Violation> violations = new ArrayList<>();
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            violations.add(Violation.of(
                    "questions",
                    "QUESTION_COUNT",
                    "R-POST-1",
                    "a monitoring request asks 1 to " + MAX_QUESTIONS + " questions"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            if (!keys.add(questions.get(i).key())) {
                violations.add(Violation.of(
                        "questions[" + i + "].key",
                        "DUPLICATE_QUESTION_KEY",
                        "R-POST-1",
                        "the key '" + questions.get(i).key() + "' is used by two questions"));
            }
        }
        Require.day(dueOn, "dueOn");
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The question under {@code key}, if any. */
    public java.util.Optional<MonitoringQuestion> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }
}
