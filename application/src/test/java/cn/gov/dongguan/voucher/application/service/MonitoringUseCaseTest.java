package cn.gov.dongguan.voucher.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListMonitoringUseCase.ListQuery;
import cn.gov.dongguan.voucher.application.port.in.MonitoringItem;
import cn.gov.dongguan.voucher.application.port.in.MonitoringRound;
import cn.gov.dongguan.voucher.application.testing.InMemorySystem;
import cn.gov.dongguan.voucher.application.testing.ProgrammeScenario;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ReviewCommand;
import cn.gov.dongguan.voucher.domain.monitoring.AnswerKind;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestion;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestionnaire;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import cn.gov.dongguan.voucher.domain.monitoring.SentAnswer;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * R-POST-1 through the use cases on the in-memory adapters: a batch with two funded applicants
 * (Dongcheng and Songshanhu) and one still in review.
 */
@Tag("R-POST-1")
class MonitoringUseCaseTest {

    final InMemorySystem system = new InMemorySystem();
    final Batch batch = DomainFixtures.batch2025();
    final ProgrammeScenario s = new ProgrammeScenario(system.services, batch, 900);
    ApplicationId dongcheng;
    ApplicationId songshanhu;
    ApplicationId inReview;
    UnifiedSocialCreditCode dongchengUscc;
    UnifiedSocialCreditCode songshanhuUscc;
    UnifiedSocialCreditCode inReviewUscc;

    static final MonitoringQuestionnaire QUARTER = new MonitoringQuestionnaire(
            "2026年一季度经营情况",
            List.of(
                    new MonitoringQuestion("revenue", "一季度营业收入（元）", AnswerKind.MONEY),
                    new MonitoringQuestion("staff", "研发人员数", AnswerKind.NUMBER),
                    new MonitoringQuestion("effect", "算力使用成效", AnswerKind.TEXT)),
            LocalDate.of(2026, 1, 15));

    static Map<String, SentAnswer> answers(String revenue) {
        Map<String, SentAnswer> a = new LinkedHashMap<>();
        a.put("revenue", SentAnswer.string(revenue));
        a.put("staff", SentAnswer.number("35"));
        a.put("effect", SentAnswer.string("训练周期缩短40%"));
        return a;
    }

    @BeforeEach
    void twoFundedOneInReview() {
        system.withBatch(batch);
        dongcheng = s.submitted(1, DomainFixtures.DONGCHENG, "60000.00");
        songshanhu = s.submitted(2, DomainFixtures.SONGSHANHU, "80000.00");
        s.reviewed(dongcheng, ProgrammeScenario.TOWN_DONGCHENG, "60000.00");
        s.reviewed(songshanhu, ProgrammeScenario.TOWN_SONGSHANHU, "80000.00");
        system.services.allocation().commit(ProgrammeScenario.FUND, batch.code(), AllocationMode.RATIO);
        system.clock.set("2025-12-01T10:00");
        system.services.batchSteps().publish(ProgrammeScenario.CITY, batch.code());
        system.clock.set("2025-12-09T00:00");
        system.services.scheduler().endDueNotices();
        system.services.batchSteps().report(ProgrammeScenario.CITY, batch.code());
        system.services
                .batchSteps()
                .approve(ProgrammeScenario.CITY, batch.code(), LocalDate.of(2025, 12, 20), "东府办〔2025〕88号");
        system.clock.set("2025-12-25T10:00");
        for (ApplicationId id : List.of(dongcheng, songshanhu)) {
            s.freshCreditCheck(id, LocalDate.of(2025, 12, 24));
            s.act(ProgrammeScenario.FUND, id, new ReviewCommand.Disburse("BK-" + id, LocalDate.of(2025, 12, 25)));
        }
        dongchengUscc = system.services
                .reading()
                .get(ProgrammeScenario.CITY, dongcheng)
                .applicant()
                .uscc();
        songshanhuUscc = system.services
                .reading()
                .get(ProgrammeScenario.CITY, songshanhu)
                .applicant()
                .uscc();
        // in review in another batch of the year: not funded in this one
        Batch second = secondBatch("M2-" + UUID.randomUUID().toString().substring(0, 8));
        system.withBatch(second);
        ProgrammeScenario other = new ProgrammeScenario(system.services, second, 950);
        inReview = other.submitted(3, DomainFixtures.DONGCHENG, "70000.00");
        inReviewUscc = system.services
                .reading()
                .get(ProgrammeScenario.CITY, inReview)
                .applicant()
                .uscc();
        system.clock.set("2026-01-05T10:00");
    }

    static Batch secondBatch(String code) {
        return Batch.announce(
                BatchCode.of(code),
                "2026年第一批",
                2026,
                new AccountingWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                new BatchPolicy(
                        Ratio.HALF,
                        BatchPolicy.MAXIMUM_ANNUAL_CAP,
                        Money.of("50000.00"),
                        Money.of("30000000.00"),
                        ProgrammeCalendar.endOfDay(LocalDate.of(2026, 12, 31)),
                        7,
                        5));
    }

    List<MonitoringItem> issueToBatch() {
        return system.services.monitoring().issue(ProgrammeScenario.CITY, batch.code(), null, QUARTER);
    }

    MonitoringItem of(List<MonitoringItem> items, UnifiedSocialCreditCode uscc) {
        return items.stream()
                .filter(i -> i.request().applicant().equals(uscc))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void r_post_1_the_city_bureau_issues_one_request_to_every_applicant_funded_in_the_batch() {
        long feedBefore = system.feed.after(0, 10_000).size();
        List<MonitoringItem> issued = issueToBatch();
        assertThat(issued).hasSize(2);
        assertThat(issued)
                .extracting(i -> i.request().applicant())
                .containsExactlyInAnyOrder(dongchengUscc, songshanhuUscc);
        assertThat(issued).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(MonitoringStatus.OPEN);
            assertThat(i.request().round()).isEqualTo(issued.get(0).request().round());
            assertThat(i.request().batch()).isEqualTo(batch.code());
            assertThat(i.request().issuedBy()).isEqualTo("city");
        });
        assertThat(of(issued, dongchengUscc).request().funded().applicationId()).isEqualTo(dongcheng);
        assertThat(of(issued, dongchengUscc).request().town()).isEqualTo(DomainFixtures.DONGCHENG);

        List<FeedEvent> events = system.feed.after(feedBefore, 100);
        assertThat(events)
                .extracting(FeedEvent::type)
                .containsOnly("MONITORING_REQUESTED")
                .hasSize(2);
        assertThat(events)
                .extracting(FeedEvent::monitoringRequestId)
                .containsExactlyInAnyOrderElementsOf(
                        issued.stream().map(i -> i.request().id()).toList());
        assertThat(system.audit.find(new AuditQuery(null, "ISSUE_MONITORING", null, null, null, null, 100)))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.target()).startsWith("monitoring:"));
    }

    @Test
    void r_post_1_named_applicants_must_be_funded_in_the_batch_else_nothing_is_issued() {
        List<MonitoringItem> one = system.services
                .monitoring()
                .issue(ProgrammeScenario.CITY, batch.code(), List.of(songshanhuUscc, songshanhuUscc), QUARTER);
        assertThat(one).singleElement().satisfies(i -> assertThat(i.request().applicant())
                .isEqualTo(songshanhuUscc));

        assertThatThrownBy(() -> system.services
                        .monitoring()
                        .issue(ProgrammeScenario.CITY, batch.code(), List.of(dongchengUscc, inReviewUscc), QUARTER))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("applicantUsccs[1]");
                        assertThat(v.code()).isEqualTo("NOT_FUNDED");
                        assertThat(v.rule()).isEqualTo("R-POST-1");
                        assertThat(v.values())
                                .containsExactly(
                                        inReviewUscc.value(), batch.code().value());
                    });
                });
        assertThat(system.monitoring.all()).hasSize(1);
        // a batch without a funded applicant
        Batch empty = secondBatch("M3-" + UUID.randomUUID().toString().substring(0, 8));
        system.withBatch(empty);
        assertThatThrownBy(
                        () -> system.services.monitoring().issue(ProgrammeScenario.CITY, empty.code(), null, QUARTER))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("NO_FUNDED_APPLICANTS"));
        assertThatThrownBy(() -> system.services
                        .monitoring()
                        .issue(ProgrammeScenario.CITY, BatchCode.of("NO-SUCH"), null, QUARTER))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("UNKNOWN_BATCH"));
    }

    @Test
    void r_post_1_only_the_city_bureau_issues() {
        for (Actor actor : List.of(
                ProgrammeScenario.PORTAL,
                ProgrammeScenario.TOWN_DONGCHENG,
                ProgrammeScenario.EXPERT,
                ProgrammeScenario.FUND,
                ProgrammeScenario.ADMIN,
                ProgrammeScenario.PLATFORM)) {
            assertThatThrownBy(() -> system.services.monitoring().issue(actor, batch.code(), null, QUARTER))
                    .as(actor.name())
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(system.monitoring.all()).isEmpty();
        assertThat(system.audit.find(new AuditQuery(null, "ISSUE_MONITORING", null, null, null, null, 100)))
                .hasSize(6)
                .allSatisfy(e -> assertThat(e.result().name()).isEqualTo("DENIED"));
    }

    @Test
    void r_post_1_a_town_officer_reads_its_own_towns_requests_only_and_the_portal_answers() {
        List<MonitoringItem> issued = issueToBatch();
        UUID inDongcheng = of(issued, dongchengUscc).request().id();
        UUID inSongshanhu = of(issued, songshanhuUscc).request().id();
        var town = ProgrammeScenario.TOWN_DONGCHENG;
        assertThat(system.services
                        .monitoring()
                        .list(town, new ListQuery(null, null, null, null, null, 50))
                        .items())
                .extracting(i -> i.request().id())
                .containsExactly(inDongcheng);
        assertThat(system.services.monitoring().get(town, inDongcheng).request().id())
                .isEqualTo(inDongcheng);
        assertThatThrownBy(() -> system.services.monitoring().get(town, inSongshanhu))
                .isInstanceOf(NotFoundException.class);
        assertThat(system.services.monitoring().rounds(town, batch.code()))
                .singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(1));
        assertThat(system.services
                        .monitoring()
                        .list(ProgrammeScenario.PORTAL, new ListQuery(null, null, null, null, null, 50))
                        .items())
                .hasSize(2);
        assertThatThrownBy(() -> system.services
                        .monitoring()
                        .list(ProgrammeScenario.EXPERT, new ListQuery(null, null, null, null, null, 50)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(
                        () -> system.services.monitoring().answer(ProgrammeScenario.CITY, inDongcheng, answers("1.00")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> system.services.monitoring().export(town, batch.code()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> system.services.monitoring().get(ProgrammeScenario.CITY, UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void r_post_1_answers_are_checked_final_and_late_after_the_due_day() {
        List<MonitoringItem> issued = issueToBatch();
        UUID id = of(issued, dongchengUscc).request().id();
        var monitoring = system.services.monitoring();
        Map<String, SentAnswer> moneyAsNumber = answers("1.00");
        moneyAsNumber.put("revenue", SentAnswer.number("120000000.00"));
        Map<String, SentAnswer> missing = answers("1.00");
        missing.remove("effect");
        assertThatThrownBy(() -> monitoring.answer(ProgrammeScenario.PORTAL, id, moneyAsNumber))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("answers.revenue"));
        assertThatThrownBy(() -> monitoring.answer(ProgrammeScenario.PORTAL, id, missing))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code)
                        .containsExactly("ANSWER_REQUIRED"));
        assertThat(monitoring.get(ProgrammeScenario.CITY, id).status()).isEqualTo(MonitoringStatus.OPEN);

        long feedBefore = system.feed.after(0, 10_000).size();
        MonitoringItem answered = monitoring.answer(ProgrammeScenario.PORTAL, id, answers("120000000.00"));
        assertThat(answered.status()).isEqualTo(MonitoringStatus.ANSWERED);
        assertThat(answered.request().late()).isFalse();
        assertThat(answered.request().answers())
                .containsEntry("revenue", "120000000.00")
                .containsEntry("staff", "35");
        system.clock.set("2026-01-20T10:00");
        MonitoringItem again = monitoring.answer(ProgrammeScenario.PORTAL, id, answers("120000000.00"));
        assertThat(again.request()).isEqualTo(answered.request());
        assertThatThrownBy(() -> monitoring.answer(ProgrammeScenario.PORTAL, id, answers("130000000.00")))
                .isInstanceOf(ConflictException.class);
        assertThat(system.feed.after(feedBefore, 100)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("MONITORING_ANSWERED");
            assertThat(e.from()).isEqualTo("OPEN");
            assertThat(e.to()).isEqualTo("ANSWERED");
        });
        assertThat(system.audit.find(new AuditQuery(null, "ANSWER_MONITORING", null, null, null, null, 100)).stream()
                        .filter(e -> e.result().name().equals("SUCCESS")))
                .hasSize(1);

        // the other one, answered after its due day (2026-01-15): accepted, late
        UUID other = of(issued, songshanhuUscc).request().id();
        assertThat(monitoring.get(ProgrammeScenario.CITY, other).status()).isEqualTo(MonitoringStatus.OVERDUE);
        MonitoringItem late = monitoring.answer(ProgrammeScenario.PORTAL, other, answers("-5000.00"));
        assertThat(late.request().late()).isTrue();
        assertThat(late.status()).isEqualTo(MonitoringStatus.ANSWERED);
        assertThat(monitoring.rounds(ProgrammeScenario.CITY, batch.code()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.total()).isEqualTo(2);
                    assertThat(r.answered()).isEqualTo(2);
                    assertThat(r.late()).isEqualTo(1);
                    assertThat(r.overdue()).isZero();
                });
    }

    @Test
    void r_post_1_overdue_is_seen_at_read_time_and_flags_the_applicants_next_application() {
        List<MonitoringItem> issued = issueToBatch();
        UUID id = of(issued, dongchengUscc).request().id();
        var monitoring = system.services.monitoring();
        system.clock.set("2026-01-15T23:59");
        assertThat(monitoring.get(ProgrammeScenario.CITY, id).status()).isEqualTo(MonitoringStatus.OPEN);
        system.clock.set("2026-01-16T00:00");
        assertThat(monitoring.get(ProgrammeScenario.CITY, id).status()).isEqualTo(MonitoringStatus.OVERDUE);
        assertThat(monitoring
                        .list(
                                ProgrammeScenario.CITY,
                                new ListQuery(batch.code(), null, null, MonitoringStatus.OVERDUE, null, 50))
                        .items())
                .hasSize(2);
        assertThat(monitoring
                        .rounds(ProgrammeScenario.CITY, batch.code())
                        .get(0)
                        .overdue())
                .isEqualTo(2);
        assertThat(system.services
                        .queries()
                        .dashboard(ProgrammeScenario.CITY, batch.code())
                        .monitoringOverdue())
                .isEqualTo(2);
        assertThat(system.services
                        .queries()
                        .dashboard(ProgrammeScenario.TOWN_DONGCHENG, batch.code())
                        .monitoringOverdue())
                .isEqualTo(1);
        assertThat(system.services
                        .queries()
                        .dashboard(ProgrammeScenario.EXPERT, batch.code())
                        .monitoringOverdue())
                .isZero();

        // the next application of the Dongcheng applicant, in a later batch: flagged, not refused
        Batch next = secondBatch("M4-" + UUID.randomUUID().toString().substring(0, 8));
        system.withBatch(next);
        ApplicationId again = new ProgrammeScenario(system.services, next, 900).file(dongchengUscc, "ORD-901");
        assertThat(system.services.reading().get(ProgrammeScenario.CITY, again).flags())
                .contains(ApplicationFlag.MONITORING_OVERDUE);
        assertThat(system.services.reading().get(ProgrammeScenario.CITY, again).stage())
                .isEqualTo(ReviewStage.DRAFT);
        var rows = system.services
                .queries()
                .list(
                        ProgrammeScenario.CITY,
                        new ListApplicationsUseCase.ListQuery(
                                next.code(), Set.of(), null, null, null, null, null, null, false, null, 50))
                .items();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.monitoringOverdue())
                .isTrue());

        // once answered (late), the flag is gone
        monitoring.answer(ProgrammeScenario.PORTAL, id, answers("1.00"));
        assertThat(system.services.reading().get(ProgrammeScenario.CITY, again).flags())
                .doesNotContain(ApplicationFlag.MONITORING_OVERDUE);
    }

    @Test
    void r_post_1_lists_are_keyset_paged_in_order_of_issue_and_the_export_is_audited() {
        issueToBatch();
        system.clock.set("2026-01-06T10:00");
        system.services.monitoring().issue(ProgrammeScenario.CITY, batch.code(), List.of(dongchengUscc), QUARTER);
        var monitoring = system.services.monitoring();
        var first = monitoring.list(ProgrammeScenario.CITY, new ListQuery(batch.code(), null, null, null, null, 2));
        assertThat(first.items()).hasSize(2);
        assertThat(first.next()).isNotNull();
        var second =
                monitoring.list(ProgrammeScenario.CITY, new ListQuery(batch.code(), null, null, null, first.next(), 2));
        assertThat(second.items()).singleElement().satisfies(i -> assertThat(
                        ProgrammeCalendar.dayOf(i.request().issuedAt()))
                .isEqualTo(LocalDate.of(2026, 1, 6)));
        assertThat(second.next()).isNull();
        assertThatThrownBy(() -> monitoring.list(
                        ProgrammeScenario.CITY, new ListQuery(null, null, null, null, "bm90LWEtY3Vyc29y", 2)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("INVALID_CURSOR"));
        assertThat(monitoring
                        .list(ProgrammeScenario.CITY, new ListQuery(null, null, dongchengUscc, null, null, 50))
                        .items())
                .hasSize(2);
        List<MonitoringRound> rounds = monitoring.rounds(ProgrammeScenario.CITY, batch.code());
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).total()).isEqualTo(1);
        assertThat(rounds.get(1).total()).isEqualTo(2);
        assertThat(monitoring.export(ProgrammeScenario.CITY, batch.code())).hasSize(3);
        assertThat(system.audit.find(new AuditQuery(null, "EXPORT_MONITORING", null, null, null, null, 10)))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("3 requests"));
    }
}
