package cn.gov.dongguan.voucher.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-POST-1: monitoring requests to funded applicants, their answers, and when they are overdue. */
@Tag("R-POST-1")
class MonitoringRequestTest {

    static final MonitoringQuestionnaire QUARTER = new MonitoringQuestionnaire(
            "2026年一季度经营情况",
            List.of(
                    new MonitoringQuestion("revenue", "一季度营业收入（元）", AnswerKind.MONEY),
                    new MonitoringQuestion("staff", "研发人员数", AnswerKind.NUMBER),
                    new MonitoringQuestion("launchedOn", "算力应用上线日期", AnswerKind.DATE),
                    new MonitoringQuestion("effect", "算力使用成效", AnswerKind.TEXT)),
            LocalDate.of(2026, 4, 15));

    static MonitoringRequest issued() {
        return MonitoringRequest.issue(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new MonitoringRequest.Funded(
                        BatchCode.of("2025-1"),
                        ApplicationId.of(UUID.randomUUID().toString()),
                        DomainFixtures.dongguanEnterprise(1),
                        "东莞市松湖智算科技有限公司",
                        DomainFixtures.DONGCHENG),
                QUARTER,
                DomainFixtures.at("2026-04-01T09:00"),
                "city");
    }

    static Map<String, SentAnswer> good() {
        Map<String, SentAnswer> answers = new LinkedHashMap<>();
        answers.put("revenue", SentAnswer.string("120000000.00"));
        answers.put("staff", SentAnswer.number("35"));
        answers.put("launchedOn", SentAnswer.string("2026-02-28"));
        answers.put("effect", SentAnswer.string("  模型训练周期缩短40%\n推理成本下降  "));
        return answers;
    }

    static List<String> fields(ValidationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void r_post_1_a_request_is_open_until_its_due_day_ends_then_overdue_until_answered() {
        MonitoringRequest request = issued();
        assertThat(request.statusAt(DomainFixtures.at("2026-04-15T23:59"))).isEqualTo(MonitoringStatus.OPEN);
        assertThat(request.statusAt(DomainFixtures.at("2026-04-16T00:00"))).isEqualTo(MonitoringStatus.OVERDUE);
        assertThat(request.isOverdue(DomainFixtures.at("2026-04-16T00:00"))).isTrue();
        MonitoringRequest answered =
                request.answer(good(), DomainFixtures.at("2026-04-15T23:59")).request();
        assertThat(answered.late()).isFalse();
        assertThat(answered.statusAt(DomainFixtures.at("2027-01-01T00:00"))).isEqualTo(MonitoringStatus.ANSWERED);
        assertThat(answered.answeredEvent().from()).isEqualTo(MonitoringStatus.OPEN);
    }

    @Test
    void r_post_1_an_answer_after_the_due_day_is_accepted_and_marked_late() {
        MonitoringRequest late =
                issued().answer(good(), DomainFixtures.at("2026-04-16T00:00")).request();
        assertThat(late.late()).isTrue();
        assertThat(late.statusAt(DomainFixtures.at("2026-04-17T00:00"))).isEqualTo(MonitoringStatus.ANSWERED);
        assertThat(late.answeredEvent().from()).isEqualTo(MonitoringStatus.OVERDUE);
        assertThat(late.answeredEvent().to()).isEqualTo(MonitoringStatus.ANSWERED);
    }

    @Test
    void r_post_1_answers_are_kept_in_one_canonical_text_per_kind_in_question_order() {
        Map<String, SentAnswer> sent = new LinkedHashMap<>(good());
        sent.put("staff", SentAnswer.number("3.5E1"));
        MonitoringRequest answered =
                issued().answer(sent, DomainFixtures.at("2026-04-02T10:00")).request();
        assertThat(answered.answers())
                .containsExactly(
                        Map.entry("revenue", "120000000.00"),
                        Map.entry("staff", "35"),
                        Map.entry("launchedOn", "2026-02-28"),
                        Map.entry("effect", "模型训练周期缩短40%\n推理成本下降"));
    }

    @Test
    void r_post_1_the_same_answer_again_changes_nothing_a_different_one_is_a_conflict() {
        MonitoringRequest answered =
                issued().answer(good(), DomainFixtures.at("2026-04-02T10:00")).request();
        MonitoringRequest.Answering again = answered.answer(good(), DomainFixtures.at("2026-04-20T10:00"));
        assertThat(again.changed()).isFalse();
        assertThat(again.request()).isSameAs(answered);
        assertThat(again.request().late()).isFalse();

        Map<String, SentAnswer> other = new LinkedHashMap<>(good());
        other.put("revenue", SentAnswer.string("130000000.00"));
        assertThatThrownBy(() -> answered.answer(other, DomainFixtures.at("2026-04-03T10:00")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(
                                ((ConflictException) e).violations().get(0).code())
                        .isEqualTo("ALREADY_ANSWERED"));
    }

    @Test
    void r_post_1_each_value_must_be_of_its_kind_and_every_question_answered() {
        Map<String, SentAnswer> sent = new LinkedHashMap<>();
        sent.put("revenue", SentAnswer.number("120000000.00"));
        sent.put("staff", SentAnswer.string("35"));
        sent.put("launchedOn", SentAnswer.string("2026-02-30"));
        sent.put("colour", SentAnswer.string("蓝"));
        assertThatThrownBy(() -> issued().answer(sent, DomainFixtures.at("2026-04-02T10:00")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(fields(e))
                            .containsExactly(
                                    "answers.revenue",
                                    "answers.staff",
                                    "answers.launchedOn",
                                    "answers.effect",
                                    "answers.colour");
                    assertThat(e.violations())
                            .extracting(Violation::code)
                            .containsExactly(
                                    "ANSWER_NOT_MONEY",
                                    "ANSWER_NOT_NUMBER",
                                    "ANSWER_NOT_DATE",
                                    "ANSWER_REQUIRED",
                                    "UNKNOWN_QUESTION");
                    assertThat(e.violations())
                            .allSatisfy(v -> assertThat(v.rule()).isEqualTo("R-POST-1"));
                });
    }

    @Test
    void r_post_1_out_of_range_values_are_refused_not_altered() {
        String[][] bad = {
            {"revenue", "S", "120000000.001"},
            {"revenue", "S", "1000000000000.00"},
            {"revenue", "S", "12,000.00"},
            {"staff", "N", "1" + "0".repeat(19)},
            {"staff", "N", "0.0000001"},
            {"staff", "N", "1".repeat(100_000)},
            {"launchedOn", "S", "1999-12-31"},
            {"launchedOn", "S", "+10000-01-01"},
            {"effect", "S", "   "},
            {"effect", "S", "界".repeat(5001)},
            {"effect", "N", "5"},
            {"effect", "O", "true"}
        };
        for (String[] b : bad) {
            Map<String, SentAnswer> sent = new LinkedHashMap<>(good());
            sent.put(
                    b[0],
                    switch (b[1]) {
                        case "S" -> SentAnswer.string(b[2]);
                        case "N" -> SentAnswer.number(b[2]);
                        default -> SentAnswer.other(b[2]);
                    });
            assertThatThrownBy(() -> issued().answer(sent, DomainFixtures.at("2026-04-02T10:00")))
                    .as(b[0] + " = " + b[2].substring(0, Math.min(30, b[2].length())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                            .containsExactly("answers." + b[0]));
        }
        Map<String, SentAnswer> loss = new LinkedHashMap<>(good());
        loss.put("revenue", SentAnswer.string("-2500.00"));
        assertThat(issued().answer(loss, DomainFixtures.at("2026-04-02T10:00"))
                        .request()
                        .answers()
                        .get("revenue"))
                .isEqualTo("-2500.00");
    }

    @Test
    void r_post_1_a_request_cannot_be_due_before_its_issue_or_more_than_a_year_ahead() {
        MonitoringRequest.Funded funded = issued().funded();
        assertThatThrownBy(() -> MonitoringRequest.issue(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        funded,
                        QUARTER,
                        DomainFixtures.at("2026-04-16T00:00"),
                        "city"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("DUE_BEFORE_ISSUE"));
        // due on the day of issue is fine: the whole day is left
        MonitoringRequest.issue(
                UUID.randomUUID(), UUID.randomUUID(), funded, QUARTER, DomainFixtures.at("2026-04-15T23:00"), "city");
        assertThatThrownBy(() -> MonitoringRequest.issue(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        funded,
                        QUARTER,
                        DomainFixtures.at("2025-04-01T09:00"),
                        "city"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("DUE_TOO_FAR"));
    }

    @Test
    void r_post_1_a_questionnaire_has_a_title_1_to_50_questions_with_distinct_well_formed_keys() {
        MonitoringQuestion revenue = new MonitoringQuestion("revenue", "营业收入", AnswerKind.MONEY);
        LocalDate due = LocalDate.of(2026, 4, 15);
        assertThatThrownBy(() -> new MonitoringQuestionnaire(" ", List.of(revenue), due))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new MonitoringQuestionnaire("标题", List.of(), due))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(fields(e)).containsExactly("questions"));
        assertThatThrownBy(() -> new MonitoringQuestionnaire("标题", List.of(revenue, revenue), due))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(fields(e)).containsExactly("questions[1].key"));
        assertThatThrownBy(() -> new MonitoringQuestion("1st", "问题", AnswerKind.TEXT))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new MonitoringQuestion("a-b", "问题", AnswerKind.TEXT))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new MonitoringQuestion("ok", "<script>", AnswerKind.TEXT))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new MonitoringQuestionnaire("标题", List.of(revenue), null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void r_post_1_the_issue_is_an_event_for_the_feed() {
        MonitoringRequest request = issued();
        MonitoringEvent event = request.issuedEvent();
        assertThat(event.type()).isEqualTo(MonitoringEvent.Type.MONITORING_REQUESTED);
        assertThat(event.requestId()).isEqualTo(request.id());
        assertThat(event.applicationId()).isEqualTo(request.funded().applicationId());
        assertThat(event.from()).isNull();
        assertThat(event.to()).isEqualTo(MonitoringStatus.OPEN);
        assertThatThrownBy(request::answeredEvent).isInstanceOf(IllegalStateException.class);
    }
}
