package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.BatchStepResult;
import cn.gov.dongguan.voucher.application.port.in.FileObjectionUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetPublicNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListObjectionsUseCase;
import cn.gov.dongguan.voucher.application.port.in.PublishNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.RecordApprovalUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReportPlanUseCase;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ObjectionPort;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.calculation.PaymentLine;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Objection;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The batch-wide steps after allocation — the public notice (公示) with its objections, the report
 * of the funding plan and the city government's approval — each moving every application of the
 * batch in one transaction.
 */
public final class BatchStepService
        implements PublishNoticeUseCase,
                ReportPlanUseCase,
                RecordApprovalUseCase,
                GetPublicNoticeUseCase,
                FileObjectionUseCase,
                ListObjectionsUseCase {

    /** The stages in which an application stands on the public notice, or stood and went on. */
    static final Set<ReviewStage> ON_NOTICE = EnumSet.of(
            ReviewStage.PUBLIC_NOTICE,
            ReviewStage.NOTICE_PASSED,
            ReviewStage.REPORTED,
            ReviewStage.APPROVED,
            ReviewStage.DISBURSED);

    private final UseCaseRunner runner;
    private final ApplicationStore store;
    private final BatchPort batches;
    private final ApplicationPort applications;
    private final ApplicationListPort lists;
    private final ClaimLedgerPort claims;
    private final ObjectionPort objections;

    public BatchStepService(
            UseCaseRunner runner,
            ApplicationStore store,
            BatchPort batches,
            ApplicationPort applications,
            ApplicationListPort lists,
            ClaimLedgerPort claims,
            ObjectionPort objections) {
        this.runner = Objects.requireNonNull(runner);
        this.store = Objects.requireNonNull(store);
        this.batches = Objects.requireNonNull(batches);
        this.applications = Objects.requireNonNull(applications);
        this.lists = Objects.requireNonNull(lists);
        this.claims = Objects.requireNonNull(claims);
        this.objections = Objects.requireNonNull(objections);
    }

    @Override
    public BatchStepResult publish(Actor actor, BatchCode code) {
        return step(
                actor,
                code,
                "PUBLISH_NOTICE",
                ReviewStage.ALLOCATED,
                ReviewStage.PUBLIC_NOTICE,
                file -> file.application()
                        .publishNotice(actor, runner.now(), file.batch().policy()));
    }

    @Override
    public BatchStepResult report(Actor actor, BatchCode code) {
        return step(
                actor,
                code,
                "REPORT_PLAN",
                ReviewStage.NOTICE_PASSED,
                ReviewStage.REPORTED,
                file -> file.application().report(actor, runner.now()),
                BatchStepService::requireNoticePassed,
                ReviewStage.PUBLIC_NOTICE);
    }

    @Override
    public BatchStepResult approve(Actor actor, BatchCode code, LocalDate approvedOn, String documentNo) {
        Require.present(approvedOn, "approvedOn");
        Require.text(documentNo, "documentNo", 100);
        return step(actor, code, "RECORD_APPROVAL", ReviewStage.REPORTED, ReviewStage.APPROVED, file -> {
            Application application = file.application();
            application.approve(approvedOn, documentNo, actor, runner.now());
            // R-BATCH-3: the payments this application counted are subsidised, in this batch only, ever.
            List<PaymentKey> counted = new ArrayList<>();
            var calculation = file.evaluate().calculation();
            calculation.leases().forEach(lease -> lease.payments().stream()
                    .filter(PaymentLine::counted)
                    .forEach(line -> counted.add(new PaymentKey(lease.orderNo(), line.paymentRef()))));
            claims.recordSubsidisedPayments(application.id(), code, counted);
        });
    }

    /** Moves every application of the batch in {@code from} by the same step, in one transaction. */
    private BatchStepResult step(
            Actor actor,
            BatchCode code,
            String action,
            ReviewStage from,
            ReviewStage to,
            Consumer<ApplicationCase> move,
            ReviewStage... alsoStored) {
        return step(actor, code, action, from, to, move, (applications, now) -> {}, alsoStored);
    }

    /** R-OBJ-1: the plan is reported only when no application of the batch is still on the notice. */
    private static void requireNoticePassed(List<Application> applications, Instant now) {
        List<Application> onNotice = applications.stream()
                .filter(a -> a.stageAt(now) == ReviewStage.PUBLIC_NOTICE)
                .toList();
        if (!onNotice.isEmpty()) {
            long objected = onNotice.stream()
                    .filter(a -> a.flagsAt(now).contains(ApplicationFlag.OBJECTION_OPEN))
                    .count();
            long running = onNotice.size() - objected;
            throw new ConflictException(Violation.of(
                            null,
                            "NOTICE_NOT_PASSED",
                            "R-OBJ-1",
                            onNotice.size() + " application(s) of the batch are still in PUBLIC_NOTICE (" + objected
                                    + " with an open objection, " + running
                                    + " whose notice period runs): decide the objections or wait for the end of"
                                    + " the period")
                    .with(List.of(Integer.toString(onNotice.size()), Long.toString(objected), Long.toString(running))));
        }
    }

    /** As above, with a check of all the batch's applications in the stages before anything moves. */
    private BatchStepResult step(
            Actor actor,
            BatchCode code,
            String action,
            ReviewStage from,
            ReviewStage to,
            Consumer<ApplicationCase> move,
            java.util.function.BiConsumer<List<Application>, Instant> guard,
            ReviewStage... alsoStored) {
        return runner.run(actor, action, "batch:" + code, () -> {
            UseCaseRunner.requireRole(actor, Role.CITY_OFFICER);
            Batch batch = batches.findForUpdate(code).orElseThrow(() -> new NotFoundException("batch " + code));
            Instant now = runner.now();
            List<ApplicationId> ids = new ArrayList<>(applications.idsInStage(code, from));
            for (ReviewStage stored : alsoStored) {
                ids.addAll(applications.idsInStage(code, stored));
            }
            List<Application> found = ids.stream().map(store::require).toList();
            // decided before anything is written (the in-memory stores cannot roll back)
            guard.accept(found, now);
            int moved = 0;
            for (Application application : found) {
                // read-time stage: a notice whose period ended counts as passed (the move records its end)
                if (application.stageAt(now) != from) {
                    continue;
                }
                ApplicationCase file = store.gather(application, batch);
                move.accept(file);
                store.save(file);
                moved++;
            }
            if (moved == 0) {
                throw new ConflictException(
                        "NOTHING_TO_MOVE", null, "no application of batch " + code + " is in stage " + from);
            }
            runner.audited(actor, action, "batch:" + code, moved + " applications " + from + " -> " + to);
            return new BatchStepResult(code, to, moved);
        });
    }

    @Override
    public List<NoticeEntry> notice(BatchCode code) {
        return runner.run(null, "VIEW_NOTICE", "batch:" + code, () -> {
            batches.find(code).orElseThrow(() -> new NotFoundException("batch " + code));
            List<NoticeEntry> entries = new ArrayList<>();
            ApplicationListQuery.Keyset after = null;
            while (true) {
                List<ApplicationSummary> page = lists.list(new ApplicationListQuery(
                        null,
                        code,
                        ON_NOTICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ApplicationSort.APPLICANT_NAME,
                        false,
                        after,
                        200));
                page.stream()
                        .limit(200)
                        .forEach(s -> entries.add(new NoticeEntry(
                                s.id(),
                                s.applicantName(),
                                s.uscc(),
                                s.town(),
                                s.allocatedAmount() == null ? Money.ZERO : s.allocatedAmount())));
                if (page.size() <= 200) {
                    return entries;
                }
                ApplicationSummary last = page.get(199);
                after = new ApplicationListQuery.Keyset(
                        last.applicantName(), last.id().toString());
            }
        });
    }

    @Override
    public List<Objection> objections(Actor actor, ApplicationId id) {
        return runner.run(actor, "VIEW_OBJECTIONS", "application:" + id, () -> {
            // the objector's contact is personal data: the city bureau decides objections and reads them
            UseCaseRunner.requireRole(actor, Role.CITY_OFFICER);
            Application application = store.visible(actor, id);
            runner.audited(actor, "VIEW_OBJECTIONS", ApplicationStore.target(application), null);
            return objections.forApplication(id);
        });
    }

    @Override
    public UUID file(BatchCode code, ApplicationId id, String text, String contact) {
        return runner.run(null, "FILE_OBJECTION", "application:" + id, () -> {
            String body = Require.text(text, "text", 5000);
            String from = Require.optionalText(contact, "contact", 200);
            Application application = applications
                    .find(id)
                    .filter(a -> a.batch().equals(code))
                    .filter(a -> a.stageAt(runner.now()) == ReviewStage.PUBLIC_NOTICE)
                    .orElseThrow(() -> new NotFoundException("application " + id + " on the notice of batch " + code));
            Objection objection = Objection.filed(UUID.randomUUID(), code, id, body, from, runner.now());
            objections.save(objection);
            // R-OBJ-1: the notice cannot pass while the objection is open
            if (application.objectionFiled(runner.now())) {
                store.save(store.gather(application));
            }
            return objection.id();
        });
    }
}
