package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.MonitoringRound;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringQuery;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.monitoring.AnswerKind;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestion;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestionnaire;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import cn.gov.dongguan.voucher.domain.monitoring.SentAnswer;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MonitoringPort} does (R-POST-1): requests kept with their questions and answers
 * exactly, an answer stored once, lists in order of issue filtered by batch, round, applicant, town
 * and the status on a given day, keyset pages, and the counts the pages and the flag need.
 */
@Tag("R-POST-1")
public abstract class MonitoringPortContract extends StoredApplicationsContract {

    protected abstract MonitoringPort monitoring();

    static final LocalDate DUE = LocalDate.of(2026, 1, 15);

    static MonitoringQuestionnaire questionnaire(String title, LocalDate due) {
        return new MonitoringQuestionnaire(
                title,
                List.of(
                        new MonitoringQuestion("revenue", "营业收入（元）", AnswerKind.MONEY),
                        new MonitoringQuestion("staff", "研发人员数", AnswerKind.NUMBER),
                        new MonitoringQuestion("launchedOn", "上线日期", AnswerKind.DATE),
                        new MonitoringQuestion("effect", "算力使用成效（" + "效".repeat(400) + "）", AnswerKind.TEXT)),
                due);
    }

    List<MonitoringRequest> round(Instant at, LocalDate due, Application... funded) {
        UUID round = UUID.randomUUID();
        List<MonitoringRequest> requests = new ArrayList<>();
        for (Application a : funded) {
            requests.add(MonitoringRequest.issue(
                    UUID.randomUUID(),
                    round,
                    new MonitoringRequest.Funded(a.batch(), a.id(), a.applicantUscc(), "东莞市某智能有限公司", a.town()),
                    questionnaire("2026年一季度经营情况", due),
                    at,
                    "city"));
        }
        tx(() -> monitoring().insert(requests));
        return requests;
    }

    /** An application the requests refer to (the port judges no funding; the use case does). */
    Application funded(TownCode town) {
        return storedIn(ReviewStage.APPROVED, town, figures("甲", "100000.00", "50000.00"), List.of());
    }

    static MonitoringRequest answered(MonitoringRequest r, Instant at) {
        Map<String, SentAnswer> a = new LinkedHashMap<>();
        a.put("revenue", SentAnswer.string("-1234567.89"));
        a.put("staff", SentAnswer.number("35.5"));
        a.put("launchedOn", SentAnswer.string("2026-02-28"));
        a.put("effect", SentAnswer.string("训练周期缩短40%\n推理成本下降" + "。".repeat(4900)));
        return r.answer(a, at).request();
    }

    MonitoringQuery query(MonitoringStatus status, LocalDate today) {
        return new MonitoringQuery(null, batch.code(), null, null, status, today, null, 100);
    }

    @Test
    void r_post_1_a_request_is_kept_exactly_with_its_questions_and_then_its_answer_once() {
        Application a = funded(DomainFixtures.DONGCHENG);
        MonitoringRequest issued = round(t0, DUE, a).get(0);
        assertThat(tx(() -> monitoring().find(issued.id()))).contains(issued);
        assertThat(tx(() -> monitoring().find(UUID.randomUUID()))).isEmpty();

        MonitoringRequest answered = answered(issued, t0.plusSeconds(86_400L * 80));
        assertThat(answered.late()).isTrue();
        assertThat(tx(() -> monitoring().saveAnswer(answered))).isTrue();
        MonitoringRequest found = tx(() -> monitoring().find(issued.id())).orElseThrow();
        assertThat(found).isEqualTo(answered);
        assertThat(found.answers().get("effect"))
                .hasSize(answered.answers().get("effect").length());
        assertThat(found.answers()).containsEntry("revenue", "-1234567.89").containsEntry("staff", "35.5");

        MonitoringRequest other = answered(issued, t0.plusSeconds(60));
        assertThat(tx(() -> monitoring().saveAnswer(other))).isFalse();
        assertThat(tx(() -> monitoring().find(issued.id()))).contains(answered);
    }

    @Test
    void r_post_1_lists_filter_by_status_on_the_day_given_and_page_in_order_of_issue() {
        Application dongcheng = funded(DomainFixtures.DONGCHENG);
        Application songshanhu = funded(DomainFixtures.SONGSHANHU);
        List<MonitoringRequest> first = round(t0, DUE, dongcheng, songshanhu);
        List<MonitoringRequest> second = round(t0.plusSeconds(3600), DUE.plusDays(30), dongcheng);
        MonitoringRequest answered = answered(first.get(0), t0.plusSeconds(7200));
        tx(() -> monitoring().saveAnswer(answered));

        LocalDate onDueDay = DUE;
        LocalDate dayAfter = DUE.plusDays(1);
        assertThat(tx(() -> monitoring().list(query(null, onDueDay))))
                .extracting(MonitoringRequest::issuedAt)
                .isSorted()
                .hasSize(3);
        assertThat(tx(() -> monitoring().list(query(MonitoringStatus.OPEN, onDueDay))))
                .extracting(MonitoringRequest::id)
                .containsExactlyInAnyOrder(first.get(1).id(), second.get(0).id());
        assertThat(tx(() -> monitoring().list(query(MonitoringStatus.OVERDUE, onDueDay))))
                .isEmpty();
        assertThat(tx(() -> monitoring().list(query(MonitoringStatus.OVERDUE, dayAfter))))
                .extracting(MonitoringRequest::id)
                .containsExactly(first.get(1).id());
        assertThat(tx(() -> monitoring().list(query(MonitoringStatus.ANSWERED, dayAfter))))
                .extracting(MonitoringRequest::id)
                .containsExactly(answered.id());
        assertThat(tx(() -> monitoring()
                        .list(new MonitoringQuery(
                                DomainFixtures.SONGSHANHU, batch.code(), null, null, null, onDueDay, null, 100))))
                .extracting(MonitoringRequest::id)
                .containsExactly(first.get(1).id());
        assertThat(tx(() -> monitoring()
                        .list(new MonitoringQuery(
                                null, null, null, dongcheng.applicantUscc(), null, onDueDay, null, 100))))
                .extracting(MonitoringRequest::id)
                .containsExactly(first.get(0).id(), second.get(0).id());
        assertThat(tx(() -> monitoring()
                        .list(new MonitoringQuery(null, null, second.get(0).round(), null, null, onDueDay, null, 100))))
                .extracting(MonitoringRequest::id)
                .containsExactly(second.get(0).id());

        // keyset: two pages of two and one, no row twice
        List<MonitoringRequest> page1 = tx(
                () -> monitoring().list(new MonitoringQuery(null, batch.code(), null, null, null, onDueDay, null, 2)));
        MonitoringRequest last = page1.get(1);
        List<MonitoringRequest> page2 = tx(() -> monitoring()
                .list(new MonitoringQuery(
                        null,
                        batch.code(),
                        null,
                        null,
                        null,
                        onDueDay,
                        new MonitoringQuery.Keyset(last.issuedAt(), last.id()),
                        2)));
        assertThat(page2).singleElement().isEqualTo(second.get(0));
        assertThat(page1).doesNotContainAnyElementsOf(page2);
    }

    @Test
    void r_post_1_the_overdue_applicants_counts_and_rounds_are_answered_by_the_store() {
        Application dongcheng = funded(DomainFixtures.DONGCHENG);
        Application songshanhu = funded(DomainFixtures.SONGSHANHU);
        LocalDate dayAfter = DUE.plusDays(1);
        long before = tx(() -> monitoring().countOverdue(null, dayAfter));
        long beforeInTown = tx(() -> monitoring().countOverdue(DomainFixtures.SONGSHANHU, dayAfter));
        List<MonitoringRequest> first = round(t0, DUE, dongcheng, songshanhu);
        round(t0.plusSeconds(3600), DUE.plusDays(30), dongcheng);
        tx(() -> monitoring().saveAnswer(answered(first.get(0), t0.plusSeconds(86_400L * 80))));

        assertThat(tx(() -> monitoring()
                        .overdueAmong(List.of(dongcheng.applicantUscc(), songshanhu.applicantUscc()), dayAfter)))
                .containsExactly(songshanhu.applicantUscc());
        assertThat(tx(() ->
                        monitoring().overdueAmong(List.of(dongcheng.applicantUscc(), songshanhu.applicantUscc()), DUE)))
                .isEmpty();
        assertThat(tx(() -> monitoring().earliestOpenDue(dongcheng.applicantUscc())))
                .contains(DUE.plusDays(30));
        assertThat(tx(() -> monitoring().earliestOpenDue(songshanhu.applicantUscc())))
                .contains(DUE);
        assertThat(tx(() -> monitoring().earliestOpenDue(nextApplicant()))).isEmpty();
        assertThat(tx(() -> monitoring().countOverdue(null, dayAfter))).isEqualTo(before + 1);
        assertThat(tx(() -> monitoring().countOverdue(DomainFixtures.SONGSHANHU, dayAfter)))
                .isEqualTo(beforeInTown + 1);

        List<MonitoringRound> rounds = tx(() -> monitoring().rounds(batch.code(), null, dayAfter));
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).total()).isEqualTo(1);
        assertThat(rounds.get(0).dueOn()).isEqualTo(DUE.plusDays(30));
        assertThat(rounds.get(0).open()).isEqualTo(1);
        MonitoringRound older = rounds.get(1);
        assertThat(older.round()).isEqualTo(first.get(0).round());
        assertThat(older.title()).isEqualTo("2026年一季度经营情况");
        assertThat(older.issuedAt()).isEqualTo(t0);
        assertThat(older.total()).isEqualTo(2);
        assertThat(older.answered()).isEqualTo(1);
        assertThat(older.late()).isEqualTo(1);
        assertThat(older.overdue()).isEqualTo(1);
        assertThat(tx(() -> monitoring().rounds(batch.code(), DomainFixtures.SONGSHANHU, dayAfter)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.total()).isEqualTo(1);
                    assertThat(r.overdue()).isEqualTo(1);
                });
        assertThat(tx(() -> monitoring().rounds(otherBatchSameYear.code(), null, dayAfter)))
                .isEmpty();
    }
}
