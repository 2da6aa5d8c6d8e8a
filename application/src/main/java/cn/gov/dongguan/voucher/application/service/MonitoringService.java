package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.AnswerMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.IssueMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListMonitoringUseCase;
import cn.gov.dongguan.voucher.application.port.in.MonitoringItem;
import cn.gov.dongguan.voucher.application.port.in.MonitoringRound;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringQuery;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestionnaire;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import cn.gov.dongguan.voucher.domain.monitoring.SentAnswer;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Post-award monitoring (R-POST-1, guide §八(二)): the city bureau issues questionnaires to the
 * applicants funded in a batch, the portal delivers them and returns the answers, the bureau and
 * the towns follow who answered, who is late and who is overdue.
 *
 * <ul>
 *   <li>Issuing: city officers only; every addressee must be funded ({@code DISBURSED}) in the
 *       batch, else nothing is issued. One request per applicant, all of one round.
 *   <li>Reading: city officers and the portal everything, a town officer its own town's (another
 *       town's request is not found); others are refused.
 *   <li>Answering: the portal only.
 *   <li>Every issue and answer is audited and published on the change feed in its transaction.
 * </ul>
 */
public final class MonitoringService implements IssueMonitoringUseCase, AnswerMonitoringUseCase, ListMonitoringUseCase {

    private static final int EXPORT_PAGE = 200;
    private static final char SEPARATOR = '\u001F';

    private final UseCaseRunner runner;
    private final MonitoringPort monitoring;
    private final ApplicationListPort applications;
    private final BatchPort batches;
    private final ChangeFeedPort feed;
    /** Where the applicants' applications keep their evaluations (a request raises a flag on them). */
    private final cn.gov.dongguan.voucher.application.port.out.ApplicationPort evaluations;

    public MonitoringService(
            UseCaseRunner runner,
            MonitoringPort monitoring,
            ApplicationListPort applications,
            BatchPort batches,
            ChangeFeedPort feed,
            cn.gov.dongguan.voucher.application.port.out.ApplicationPort evaluations) {
        this.runner = Objects.requireNonNull(runner);
        this.monitoring = Objects.requireNonNull(monitoring);
        this.applications = Objects.requireNonNull(applications);
        this.batches = Objects.requireNonNull(batches);
        this.feed = Objects.requireNonNull(feed);
        this.evaluations = Objects.requireNonNull(evaluations);
    }

    @Override
    public List<MonitoringItem> issue(
            Actor actor,
            BatchCode batch,
            List<UnifiedSocialCreditCode> applicants,
            MonitoringQuestionnaire questionnaire) {
        return runner.run(actor, "ISSUE_MONITORING", "batch:" + batch, () -> {
            UseCaseRunner.requireRole(actor, Role.CITY_OFFICER);
            Objects.requireNonNull(questionnaire, "questionnaire");
            if (batch == null || batches.find(batch).isEmpty()) {
                throw ValidationException.of(
                        "batch", "UNKNOWN_BATCH", null, "there is no batch " + (batch == null ? "" : batch));
            }
            Map<UnifiedSocialCreditCode, ApplicationSummary> funded = fundedIn(batch);
            List<ApplicationSummary> addressees = addressees(batch, applicants, funded);
            Instant now = runner.now();
            UUID round = UUID.randomUUID();
            List<MonitoringRequest> requests = new ArrayList<>();
            for (ApplicationSummary a : addressees) {
                requests.add(MonitoringRequest.issue(
                        UUID.randomUUID(),
                        round,
                        new MonitoringRequest.Funded(a.batch(), a.id(), a.uscc(), a.applicantName(), a.town()),
                        questionnaire,
                        now,
                        actor.name()));
            }
            monitoring.insert(requests);
            // an unanswered request raises MONITORING_OVERDUE on the applicant's applications after its due day
            requests.stream()
                    .map(MonitoringRequest::applicant)
                    .distinct()
                    .forEach(a -> evaluations.dropEvaluationsOfParty(a, null));
            List<MonitoringItem> items = new ArrayList<>();
            for (MonitoringRequest r : requests) {
                feed.append(r.issuedEvent());
                runner.audited(
                        actor,
                        "ISSUE_MONITORING",
                        target(r),
                        r.applicant().value() + " · " + r.title() + " · due " + r.dueOn());
                items.add(new MonitoringItem(r, r.statusAt(now)));
            }
            return items;
        });
    }

    /** Every applicant funded in the batch, with its funded application, in order of filing. */
    private Map<UnifiedSocialCreditCode, ApplicationSummary> fundedIn(BatchCode batch) {
        Map<UnifiedSocialCreditCode, ApplicationSummary> funded = new LinkedHashMap<>();
        ApplicationRows.all(applications, null, batch, Set.of(ReviewStage.DISBURSED), null)
                .forEach(s -> funded.putIfAbsent(s.uscc(), s));
        return funded;
    }

    private static List<ApplicationSummary> addressees(
            BatchCode batch,
            List<UnifiedSocialCreditCode> named,
            Map<UnifiedSocialCreditCode, ApplicationSummary> funded) {
        if (named == null) {
            if (funded.isEmpty()) {
                throw new ValidationException(Violation.of(
                                "batch",
                                "NO_FUNDED_APPLICANTS",
                                "R-POST-1",
                                "no applicant is funded (DISBURSED) in batch " + batch)
                        .with(List.of(batch.value())));
            }
            return List.copyOf(funded.values());
        }
        if (named.isEmpty()) {
            throw ValidationException.of(
                    "applicantUsccs",
                    "REQUIRED",
                    "R-POST-1",
                    "name at least one applicant, or leave applicantUsccs out for every funded applicant");
        }
        List<Violation> violations = new ArrayList<>();
        Set<UnifiedSocialCreditCode> seen = new LinkedHashSet<>();
        for (int i = 0; i < named.size(); i++) {
            UnifiedSocialCreditCode uscc = named.get(i);
            if (!funded.containsKey(uscc)) {
                violations.add(Violation.of(
                                "applicantUsccs[" + i + "]",
                                "NOT_FUNDED",
                                "R-POST-1",
                                "applicant " + uscc + " is not funded (DISBURSED) in batch " + batch)
                        .with(List.of(uscc.value(), batch.value())));
            }
            seen.add(uscc);
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return seen.stream().map(funded::get).toList();
    }

    @Override
    public MonitoringItem answer(Actor actor, UUID id, Map<String, SentAnswer> answers) {
        return runner.run(actor, "ANSWER_MONITORING", "monitoring:" + id, () -> {
            UseCaseRunner.requireRole(actor, Role.PORTAL);
            MonitoringRequest request = monitoring.find(id).orElseThrow(() -> notFound(id));
            Instant now = runner.now();
            MonitoringRequest.Answering answering = request.answer(answers, now);
            if (answering.changed() && !monitoring.saveAnswer(answering.request())) {
                // answered by a concurrent call since it was read: the same answer is accepted, another is a conflict
                request = monitoring.find(id).orElseThrow(() -> notFound(id));
                answering = request.answer(answers, now);
            }
            MonitoringRequest result = answering.request();
            if (answering.changed()) {
                evaluations.dropEvaluationsOfParty(result.applicant(), null);
                feed.append(result.answeredEvent());
                runner.audited(
                        actor,
                        "ANSWER_MONITORING",
                        target(result),
                        result.applicant().value() + (result.late() ? " · late" : ""));
            }
            return new MonitoringItem(result, result.statusAt(now));
        });
    }

    @Override
    public MonitoringPage list(Actor actor, ListQuery q) {
        return runner.run(actor, "LIST_MONITORING", "monitoring", () -> {
            requireReader(actor);
            if (q.limit() < 1 || q.limit() > 200) {
                throw ValidationException.of("limit", "OUT_OF_RANGE", null, "limit must be 1 to 200");
            }
            Instant now = runner.now();
            MonitoringQuery query = new MonitoringQuery(
                    Access.scopeTown(actor),
                    q.batch(),
                    q.round(),
                    q.applicant(),
                    q.status(),
                    ProgrammeCalendar.dayOf(now),
                    q.after() == null || q.after().isBlank() ? null : decode(actor, q.after()),
                    q.limit() + 1);
            List<MonitoringRequest> rows = monitoring.list(query);
            List<MonitoringItem> items = rows.stream()
                    .limit(q.limit())
                    .map(r -> new MonitoringItem(r, r.statusAt(now)))
                    .toList();
            String next = null;
            if (rows.size() > q.limit()) {
                MonitoringRequest last = rows.get(q.limit() - 1);
                next = encode(actor, new MonitoringQuery.Keyset(last.issuedAt(), last.id()));
            }
            return new MonitoringPage(items, next);
        });
    }

    @Override
    public MonitoringItem get(Actor actor, UUID id) {
        return runner.run(actor, "VIEW_MONITORING", "monitoring:" + id, () -> {
            requireReader(actor);
            MonitoringRequest request = monitoring.find(id).orElseThrow(() -> notFound(id));
            Access.requireTownVisible(actor, request.town(), "monitoring request " + id);
            return new MonitoringItem(request, request.statusAt(runner.now()));
        });
    }

    @Override
    public List<MonitoringRound> rounds(Actor actor, BatchCode batch) {
        return runner.run(actor, "LIST_MONITORING", "batch:" + batch, () -> {
            UseCaseRunner.requireRole(actor, Role.CITY_OFFICER, Role.TOWN_OFFICER);
            requireBatch(batch);
            return monitoring.rounds(batch, Access.scopeTown(actor), ProgrammeCalendar.dayOf(runner.now()));
        });
    }

    @Override
    public List<MonitoringItem> export(Actor actor, BatchCode batch) {
        return runner.run(actor, "EXPORT_MONITORING", "batch:" + batch, () -> {
            UseCaseRunner.requireRole(actor, Role.CITY_OFFICER);
            requireBatch(batch);
            Instant now = runner.now();
            MonitoringQuery query = new MonitoringQuery(
                    null, batch, null, null, null, ProgrammeCalendar.dayOf(now), null, EXPORT_PAGE + 1);
            List<MonitoringItem> items = new ArrayList<>();
            while (true) {
                List<MonitoringRequest> rows = monitoring.list(query);
                rows.stream().limit(EXPORT_PAGE).forEach(r -> items.add(new MonitoringItem(r, r.statusAt(now))));
                if (rows.size() <= EXPORT_PAGE) {
                    break;
                }
                MonitoringRequest last = rows.get(EXPORT_PAGE - 1);
                query = query.after(new MonitoringQuery.Keyset(last.issuedAt(), last.id()));
            }
            runner.audited(actor, "EXPORT_MONITORING", "batch:" + batch, items.size() + " requests");
            return items;
        });
    }

    private static void requireReader(Actor actor) {
        UseCaseRunner.requireRole(actor, Role.CITY_OFFICER, Role.TOWN_OFFICER, Role.PORTAL);
    }

    private void requireBatch(BatchCode batch) {
        if (batch == null || batches.find(batch).isEmpty()) {
            throw new NotFoundException("batch " + batch);
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("monitoring request " + id);
    }

    static String target(MonitoringRequest request) {
        return "monitoring:" + request.id();
    }

    /** The opaque cursor: the last row's issue instant and id, authenticated for the principal's scope ({@link Cursor}). */
    static String encode(cn.gov.dongguan.voucher.domain.review.Actor actor, MonitoringQuery.Keyset keyset) {
        return Cursor.sign(actor, "M" + SEPARATOR + keyset.issuedAt() + SEPARATOR + keyset.id());
    }

    static MonitoringQuery.Keyset decode(cn.gov.dongguan.voucher.domain.review.Actor actor, String cursor) {
        String[] parts = Cursor.verify(actor, cursor).split(String.valueOf(SEPARATOR), -1);
        try {
            if (parts.length != 3 || !parts[0].equals("M")) {
                throw new IllegalArgumentException();
            }
            return new MonitoringQuery.Keyset(Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }
}
