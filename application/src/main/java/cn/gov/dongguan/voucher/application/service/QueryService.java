package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.port.in.DashboardUseCase;
import cn.gov.dongguan.voucher.application.port.in.ExportBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.FeedEvent;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListAuditLogUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReadChangeFeedUseCase;
import cn.gov.dongguan.voucher.application.port.in.WorkQueueUseCase;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.AuditLogPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.ChangeFeedPort;
import cn.gov.dongguan.voucher.application.port.out.MonitoringPort;
import cn.gov.dongguan.voucher.application.port.out.StageCount;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewAction;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.review.TransitionTable;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The reading use cases: lists, the dashboard, the change feed and the audit log. */
public final class QueryService
        implements ListApplicationsUseCase,
                DashboardUseCase,
                ReadChangeFeedUseCase,
                ListAuditLogUseCase,
                ExportBatchUseCase,
                WorkQueueUseCase {

    static final Set<ReviewStage> IN_PLAN = EnumSet.of(
            ReviewStage.ALLOCATED,
            ReviewStage.PUBLIC_NOTICE,
            ReviewStage.NOTICE_PASSED,
            ReviewStage.REPORTED,
            ReviewStage.APPROVED,
            ReviewStage.DISBURSED);
    static final Set<ReviewStage> TO_PAY = EnumSet.of(ReviewStage.APPROVED, ReviewStage.DISBURSED);

    /** Actions that are no work of the queue: anyone may withdraw or terminate, objections come from outside. */
    private static final Set<ReviewAction> NOT_QUEUE_WORK =
            Set.of(ReviewAction.WITHDRAW, ReviewAction.TERMINATE, ReviewAction.UPHOLD_OBJECTION);

    /**
     * The decisions taken one application at a time, the work of the 待办 queue; allocation,
     * publication, report and approval are steps of the whole batch, taken on the batch page.
     */
    private static final Set<ReviewAction> CASE_DECISIONS =
            EnumSet.of(ReviewAction.OPEN, ReviewAction.PASS, ReviewAction.RETURN, ReviewAction.DISBURSE);

    private final UseCaseRunner runner;
    private final ApplicationListPort applications;
    private final BatchPort batches;
    private final ChangeFeedPort feed;
    private final AuditLogPort audit;
    private final ApplicantPort applicants;
    private final MonitoringPort monitoring;
    private final cn.gov.dongguan.voucher.application.port.out.ApplicationPort cases;

    public QueryService(
            UseCaseRunner runner,
            ApplicationListPort applications,
            BatchPort batches,
            ChangeFeedPort feed,
            AuditLogPort audit,
            ApplicantPort applicants,
            MonitoringPort monitoring,
            cn.gov.dongguan.voucher.application.port.out.ApplicationPort cases) {
        this.runner = Objects.requireNonNull(runner);
        this.applications = Objects.requireNonNull(applications);
        this.batches = Objects.requireNonNull(batches);
        this.feed = Objects.requireNonNull(feed);
        this.audit = Objects.requireNonNull(audit);
        this.applicants = Objects.requireNonNull(applicants);
        this.monitoring = Objects.requireNonNull(monitoring);
        this.cases = Objects.requireNonNull(cases);
    }

    @Override
    public ApplicationPage list(Actor actor, ListQuery q) {
        return runner.run(actor, "LIST_APPLICATIONS", "applications", () -> {
            Access.requireApplicationReader(actor);
            if (q.limit() < 1 || q.limit() > 200) {
                throw ValidationException.of("limit", "OUT_OF_RANGE", null, "limit must be 1 to 200");
            }
            ApplicationSort sort = q.sort() == null ? ApplicationSort.CREATED_AT : q.sort();
            ApplicationListQuery.Keyset after = q.after() == null || q.after().isBlank()
                    ? null
                    : Cursor.decode(actor, q.after(), sort, q.descending());
            List<ApplicationSummary> rows = applications.list(
                    repositoryQuery(actor, q, sort, after, q.limit()).at(runner.now()));
            rows = withStanding(rows);
            if (rows.size() <= q.limit()) {
                return new ApplicationPage(rows, null);
            }
            List<ApplicationSummary> page = rows.subList(0, q.limit());
            ApplicationSummary last = page.get(page.size() - 1);
            return new ApplicationPage(
                    List.copyOf(page),
                    Cursor.encode(
                            actor,
                            sort,
                            q.descending(),
                            new ApplicationListQuery.Keyset(
                                    sortValue(sort, last), last.id().toString())));
        });
    }

    @Override
    public long count(Actor actor, ListQuery q) {
        return runner.run(actor, "COUNT_APPLICATIONS", "applications", () -> {
            Access.requireApplicationReader(actor);
            return applications.count(repositoryQuery(actor, q, ApplicationSort.CREATED_AT, null, 1)
                    .at(runner.now()));
        });
    }

    @Override
    public long countUpTo(Actor actor, ListQuery q, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        return runner.run(actor, "COUNT_APPLICATIONS", "applications", () -> {
            Access.requireApplicationReader(actor);
            return applications.countUpTo(
                    repositoryQuery(actor, q, ApplicationSort.CREATED_AT, null, 1)
                            .at(runner.now()),
                    limit);
        });
    }

    /** The repository's query for the principal's scope and the caller's filters (search text checked here). */
    private static ApplicationListQuery repositoryQuery(
            Actor actor, ListQuery q, ApplicationSort sort, ApplicationListQuery.Keyset after, int limit) {
        String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
        if (text != null && text.length() > 100) {
            throw ValidationException.of("text", "TOO_LONG", null, "search text is at most 100 characters");
        }
        return new ApplicationListQuery(
                Access.scopeTown(actor),
                q.batch(),
                q.stages(),
                q.town(),
                q.category(),
                q.minSubsidy(),
                q.maxSubsidy(),
                text,
                sort,
                q.descending(),
                after,
                limit);
    }

    /** The sort column of a row as the repository compares it. */
    static String sortValue(ApplicationSort sort, ApplicationSummary row) {
        return switch (sort) {
            case CREATED_AT -> row.createdAt().toString();
            case UPDATED_AT -> row.updatedAt().toString();
            case SUBSIDY -> Long.toString(row.subsidy().toFen());
            case APPLICANT_NAME -> row.applicantName();
        };
    }

    @Override
    public Dashboard dashboard(Actor actor, BatchCode code) {
        return runner.run(actor, "VIEW_DASHBOARD", "batch:" + code, () -> {
            Access.requireApplicationReader(actor);
            Batch batch = batches.find(code).orElseThrow(() -> new NotFoundException("batch " + code));
            TownCode scope = Access.scopeTown(actor);
            Map<ReviewStage, Long> perStage = new EnumMap<>(ReviewStage.class);
            Map<TownCode, Long> perTown = new TreeMap<>(java.util.Comparator.comparing(TownCode::value));
            Map<ReviewStage, Long> queue = new EnumMap<>(ReviewStage.class);
            for (StageCount c : applications.countByTownAndStage(code, scope, runner.now())) {
                perStage.merge(c.stage(), c.count(), Long::sum);
                if (scope == null) {
                    perTown.merge(c.town(), c.count(), Long::sum);
                }
                boolean mine = TransitionTable.actionsFor(c.stage(), actor.role()).stream()
                        .anyMatch(a -> !NOT_QUEUE_WORK.contains(a));
                if (mine) {
                    queue.merge(c.stage(), c.count(), Long::sum);
                }
            }
            Instant now = runner.now();
            Money committed = batch.allocation().map(a -> a.total()).orElse(Money.ZERO);
            // R-POST-1: the monitoring requests overdue are work of the city bureau and the towns
            boolean follows = actor.role() == Role.CITY_OFFICER || actor.role() == Role.TOWN_OFFICER;
            return new Dashboard(
                    perStage,
                    perTown,
                    batch.policy().budget(),
                    committed,
                    queue,
                    applications.returnDeadlinesBetween(now, now.plus(Duration.ofDays(2)), scope),
                    follows
                            ? monitoring.countOverdue(
                                    scope, cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar.dayOf(now))
                            : 0);
        });
    }

    @Override
    public Set<ReviewStage> workStages(Actor actor) {
        Set<ReviewStage> stages = EnumSet.noneOf(ReviewStage.class);
        if (actor == null) {
            return stages;
        }
        for (ReviewStage stage : ReviewStage.values()) {
            if (TransitionTable.actionsFor(stage, actor.role()).stream().anyMatch(CASE_DECISIONS::contains)) {
                stages.add(stage);
            }
        }
        return stages;
    }

    /** The stages the principal watches without deciding: the city bureau sees the returns come back (R-FLOW-3). */
    private static Set<ReviewStage> watchedStages(Actor actor) {
        return actor.role() == Role.CITY_OFFICER ? EnumSet.of(ReviewStage.RETURNED) : EnumSet.noneOf(ReviewStage.class);
    }

    @Override
    public QueuePage queue(Actor actor, BatchCode batch, ReviewStage stage, String after, int limit) {
        Access.requireApplicationReader(actor);
        Set<ReviewStage> work = workStages(actor);
        Set<ReviewStage> shown = EnumSet.noneOf(ReviewStage.class);
        shown.addAll(work);
        shown.addAll(watchedStages(actor));
        if (stage != null) {
            if (!shown.contains(stage)) {
                throw ValidationException.of(
                        "stage", "NOT_A_WORK_STAGE", stage.name(), "stage " + stage + " is no work of this role");
            }
            shown = EnumSet.of(stage);
        }
        if (shown.isEmpty()) {
            return new QueuePage(List.of(), null);
        }
        ApplicationPage page = list(
                actor,
                new ListQuery(
                        batch, shown, null, null, null, null, null, ApplicationSort.UPDATED_AT, false, after, limit));
        Instant now = runner.now();
        java.time.LocalDate today = cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar.dayOf(now);
        List<QueueItem> items = new java.util.ArrayList<>();
        for (ApplicationSummary row : page.items()) {
            ApplicationSummary seen = row.seenAt(now);
            if (!shown.contains(seen.stage())) {
                continue; // a return whose window has just passed is no longer waited for
            }
            long waited = java.time.temporal.ChronoUnit.DAYS.between(
                    cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar.dayOf(seen.updatedAt()), today);
            Instant deadline = seen.stage() == ReviewStage.RETURNED ? seen.returnDeadline() : null;
            Long left = deadline == null
                    ? null
                    : java.time.temporal.ChronoUnit.DAYS.between(
                            today, cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar.dayOf(deadline));
            items.add(new QueueItem(seen, Math.max(0, waited), work.contains(seen.stage()), deadline, left));
        }
        return new QueuePage(List.copyOf(items), page.next());
    }

    @Override
    public java.util.Optional<ApplicationSummary> next(
            Actor actor,
            BatchCode batch,
            ReviewStage stage,
            cn.gov.dongguan.voucher.domain.filing.ApplicationId current) {
        if (stage == null || !workStages(actor).contains(stage)) {
            return java.util.Optional.empty();
        }
        return queue(actor, batch, stage, null, 2).items().stream()
                .filter(QueueItem::actionable)
                .map(QueueItem::row)
                .filter(r -> !r.id().equals(current))
                .findFirst();
    }

    @Override
    public FeedPage read(Actor actor, long after, int limit) {
        return runner.run(actor, "READ_FEED", "events", () -> {
            UseCaseRunner.requireRole(actor, Role.PORTAL, Role.CITY_OFFICER, Role.ADMIN);
            if (after < 0) {
                throw ValidationException.of("after", "OUT_OF_RANGE", null, "after is a sequence number, 0 or more");
            }
            if (limit < 1 || limit > 1000) {
                throw ValidationException.of("limit", "OUT_OF_RANGE", null, "limit must be 1 to 1000");
            }
            List<FeedEvent> events = feed.after(after, limit);
            return new FeedPage(
                    events,
                    events.isEmpty() ? after : events.get(events.size() - 1).seq());
        });
    }

    @Override
    public List<AuditEntry> list(Actor actor, AuditQuery query) {
        return runner.run(actor, "VIEW_AUDIT_LOG", "audit", () -> {
            UseCaseRunner.requireRole(actor, Role.ADMIN, Role.CITY_OFFICER);
            return audit.find(query);
        });
    }

    /** At most this many targets are named at a time (a page of the log). */
    static final int MAX_TARGET_NAMES = 500;

    @Override
    public Map<String, String> targetNames(Actor actor, java.util.Collection<String> targets) {
        return runner.inTransaction(() -> {
            UseCaseRunner.requireRole(actor, Role.ADMIN, Role.CITY_OFFICER);
            Map<String, String> names = new java.util.HashMap<>();
            Map<String, UnifiedSocialCreditCode> applicantOf = new java.util.HashMap<>();
            targets.stream().distinct().limit(MAX_TARGET_NAMES).forEach(target -> {
                int colon = target == null ? -1 : target.indexOf(':');
                if (colon < 0) {
                    return;
                }
                String value = target.substring(colon + 1);
                try {
                    switch (target.substring(0, colon)) {
                        case "application" ->
                            cases.find(cn.gov.dongguan.voucher.domain.filing.ApplicationId.of(value))
                                    .ifPresent(a -> applicantOf.put(target, a.applicantUscc()));
                        case "applicant" -> applicantOf.put(target, UnifiedSocialCreditCode.of(value));
                        case "batch" -> batches.find(BatchCode.of(value)).ifPresent(b -> names.put(target, b.title()));
                        default -> {}
                    }
                } catch (RuntimeException malformed) {
                    // a target of an older form or a refused request's raw text: left unnamed
                }
            });
            Map<UnifiedSocialCreditCode, String> unitNames = new java.util.HashMap<>();
            applicants
                    .findAll(new java.util.HashSet<>(applicantOf.values()))
                    .forEach(a -> unitNames.put(a.uscc(), a.profile().name()));
            applicantOf.forEach((target, uscc) -> {
                String name = unitNames.get(uscc);
                if (name != null) {
                    names.put(target, name);
                }
            });
            return names;
        });
    }

    @Override
    public List<ApplicationSummary> applications(Actor actor, BatchCode batch) {
        return runner.run(actor, "EXPORT_APPLICATIONS", "batch:" + batch, () -> {
            Access.requireApplicationReader(actor);
            requireBatch(batch);
            List<ApplicationSummary> rows = all(Access.scopeTown(actor), batch, Set.of());
            runner.audited(actor, "EXPORT_APPLICATIONS", "batch:" + batch, rows.size() + " rows");
            return rows;
        });
    }

    @Override
    public List<ApplicationSummary> plan(Actor actor, BatchCode batch) {
        return runner.run(actor, "EXPORT_PLAN", "batch:" + batch, () -> {
            UseCaseRunner.requireRole(actor, Role.CITY_OFFICER, Role.FUND_MANAGER);
            requireBatch(batch);
            List<ApplicationSummary> rows = all(null, batch, IN_PLAN);
            runner.audited(actor, "EXPORT_PLAN", "batch:" + batch, rows.size() + " rows");
            return rows;
        });
    }

    @Override
    public List<DisbursementRow> disbursement(Actor actor, BatchCode batch) {
        return runner.run(actor, "EXPORT_DISBURSEMENT", "batch:" + batch, () -> {
            UseCaseRunner.requireRole(actor, Role.FUND_MANAGER);
            requireBatch(batch);
            List<ApplicationSummary> rows = all(null, batch, TO_PAY);
            List<DisbursementRow> result = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i += 500) {
                List<ApplicationSummary> chunk = rows.subList(i, Math.min(rows.size(), i + 500));
                java.util.Map<UnifiedSocialCreditCode, Applicant> byCode = new java.util.HashMap<>();
                applicants
                        .findAll(chunk.stream().map(ApplicationSummary::uscc).toList())
                        .forEach(a -> byCode.put(a.uscc(), a));
                for (ApplicationSummary row : chunk) {
                    Applicant applicant = byCode.get(row.uscc());
                    var bank = applicant.profile().bank();
                    result.add(new DisbursementRow(
                            row.id(),
                            row.applicantName(),
                            row.uscc(),
                            bank.accountName(),
                            bank.bankName(),
                            bank.accountNumber(),
                            row.allocatedAmount() == null ? Money.ZERO : row.allocatedAmount(),
                            row.stage(),
                            row.bankReference(),
                            row.paidOn()));
                }
            }
            // the list carries full account numbers: its export is a view of financial data, audited
            runner.audited(actor, "EXPORT_DISBURSEMENT", "batch:" + batch, result.size() + " rows with bank accounts");
            return result;
        });
    }

    private void requireBatch(BatchCode batch) {
        batches.find(batch).orElseThrow(() -> new NotFoundException("batch " + batch));
    }

    /** Every row of the batch through keyset pages, read now. */
    private List<ApplicationSummary> all(TownCode scope, BatchCode batch, Set<ReviewStage> stages) {
        return ApplicationRows.all(applications, scope, batch, stages, runner.now());
    }

    /**
     * The rows of a page with their applicants' standing, in one read of the page's applicants each:
     * disqualified (R-FLOW-6), and with an overdue monitoring request today (R-POST-1).
     */
    private List<ApplicationSummary> withStanding(List<ApplicationSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Set<UnifiedSocialCreditCode> usccs =
                rows.stream().map(ApplicationSummary::uscc).collect(java.util.stream.Collectors.toSet());
        Set<UnifiedSocialCreditCode> disqualified = applicants.disqualifiedAmong(usccs);
        Set<UnifiedSocialCreditCode> overdue = monitoring.overdueAmong(
                usccs, cn.gov.dongguan.voucher.domain.shared.ProgrammeCalendar.dayOf(runner.now()));
        if (disqualified.isEmpty() && overdue.isEmpty()) {
            return rows;
        }
        return rows.stream()
                .map(r -> r.withStanding(disqualified.contains(r.uscc()), overdue.contains(r.uscc())))
                .toList();
    }
}
