package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.BatchStepResult;
import cn.gov.dongguan.voucher.application.port.in.ChangeBatchPolicyUseCase;
import cn.gov.dongguan.voucher.application.port.in.CommitAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.in.DefineBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.FileObjectionUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetPublicNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.application.port.in.PublishNoticeUseCase;
import cn.gov.dongguan.voucher.application.port.in.RecordApprovalUseCase;
import cn.gov.dongguan.voucher.application.port.in.ReportPlanUseCase;
import cn.gov.dongguan.voucher.application.port.in.SimulateAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertResult;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.ApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.BatchRepository;
import cn.gov.dongguan.voucher.application.port.out.Objection;
import cn.gov.dongguan.voucher.application.port.out.ObjectionRepository;
import cn.gov.dongguan.voucher.domain.allocation.AllocationCandidate;
import cn.gov.dongguan.voucher.domain.allocation.AllocationOutcome;
import cn.gov.dongguan.voucher.domain.allocation.AllocationRow;
import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.allocation.BudgetAllocator;
import cn.gov.dongguan.voucher.domain.batch.AllocationCommitment;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.calculation.PaymentLine;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Batches, their policy, allocation and the batch-wide steps: notice, report, approval. */
public final class BatchService implements GetBatchUseCase, ListBatchesUseCase, DefineBatchUseCase,
        ChangeBatchPolicyUseCase, SimulateAllocationUseCase, CommitAllocationUseCase, PublishNoticeUseCase,
        ReportPlanUseCase, RecordApprovalUseCase, GetPublicNoticeUseCase, FileObjectionUseCase {

    /** The stages in which an application stands on the public notice, or stood and went on. */
    static final Set<ReviewStage> ON_NOTICE = EnumSet.of(ReviewStage.PUBLIC_NOTICE, ReviewStage.NOTICE_PASSED,
            ReviewStage.REPORTED, ReviewStage.APPROVED, ReviewStage.DISBURSED);

    private final UseCaseRunner runner;
    private final BatchRepository batches;
    private final ApplicationRepository applications;
    private final ApplicationService applicationService;
    private final ObjectionRepository objections;
    private final ApplicationEvaluator evaluator;

    public BatchService(UseCaseRunner runner, BatchRepository batches, ApplicationRepository applications,
                        ApplicationService applicationService, ObjectionRepository objections,
                        ApplicationEvaluator evaluator) {
        this.runner = Objects.requireNonNull(runner);
        this.batches = Objects.requireNonNull(batches);
        this.applications = Objects.requireNonNull(applications);
        this.applicationService = Objects.requireNonNull(applicationService);
        this.objections = Objects.requireNonNull(objections);
        this.evaluator = Objects.requireNonNull(evaluator);
    }

    @Override
    public Batch get(Actor actor, BatchCode code) {
        return runner.run(actor, "VIEW_BATCH", "batch:" + code,
                () -> batches.find(code).orElseThrow(() -> new NotFoundException("batch " + code)));
    }

    @Override
    public List<Batch> list(Actor actor) {
        return runner.run(actor, "LIST_BATCHES", "batches", batches::findAll);
    }

    @Override
    public UpsertResult<Batch> define(Actor actor, DefineBatchCommand command) {
        return runner.run(actor, "DEFINE_BATCH", "batch:" + command.code(), () -> {
            UseCaseRunner.requireRole(actor, Role.ADMIN);
            return batches.findForUpdate(command.code()).map(batch -> {
                boolean changed = batch.redefine(command.title(), command.fundingYear(), command.window(),
                        command.policy(), applications.existsInBatch(command.code()));
                if (!changed) {
                    return new UpsertResult<>(Upsert.UNCHANGED, batch);
                }
                batches.save(batch);
                runner.audited(actor, "DEFINE_BATCH", "batch:" + command.code(), "redefined");
                return new UpsertResult<>(Upsert.UPDATED, batch);
            }).orElseGet(() -> {
                Batch batch = Batch.announce(command.code(), command.title(), command.fundingYear(), command.window(),
                        command.policy());
                batches.save(batch);
                runner.audited(actor, "DEFINE_BATCH", "batch:" + command.code(), "announced");
                return new UpsertResult<>(Upsert.CREATED, batch);
            });
        });
    }

    @Override
    public Batch change(Actor actor, BatchCode code, PolicyChange change) {
        return runner.run(actor, "CHANGE_POLICY", "batch:" + code, () -> {
            UseCaseRunner.requireRole(actor, Role.FUND_MANAGER);
            Batch batch = batches.findForUpdate(code).orElseThrow(() -> new NotFoundException("batch " + code));
            var before = batch.policy();
            if (batch.changePolicy(change)) {
                batches.save(batch);
                runner.audited(actor, "CHANGE_POLICY", "batch:" + code, before + " -> " + batch.policy());
            }
            return batch;
        });
    }

    @Override
    public AllocationSimulation simulate(Actor actor, BatchCode code) {
        return runner.run(actor, "SIMULATE_ALLOCATION", "batch:" + code, () -> {
            UseCaseRunner.requireRole(actor, Role.FUND_MANAGER, Role.CITY_OFFICER);
            Batch batch = batches.find(code).orElseThrow(() -> new NotFoundException("batch " + code));
            return simulate(batch);
        });
    }

    private AllocationSimulation simulate(Batch batch) {
        List<AllocationCandidate> candidates = new ArrayList<>();
        Money cap = batch.policy().annualCap();
        applications.streamAwaitingAllocation(batch.code(), batch.fundingYear(), (AllocationSource s) ->
                candidates.add(new AllocationCandidate(s.id(), s.uscc(), s.applicantName(), s.basis(),
                        cap.minus(s.approvedElsewhere()).max(Money.ZERO), s.completedAt())));
        return BudgetAllocator.simulate(candidates, batch.policy().ratio(), cap, batch.policy().budget());
    }

    @Override
    public AllocationCommitment commit(Actor actor, BatchCode code, AllocationMode mode) {
        return runner.run(actor, "COMMIT_ALLOCATION", "batch:" + code, () -> {
            UseCaseRunner.requireRole(actor, Role.FUND_MANAGER);
            Require.present(mode, "mode");
            Batch batch = batches.findForUpdate(code).orElseThrow(() -> new NotFoundException("batch " + code));
            if (batch.isAllocationCommitted()) {
                throw new ConflictException("ALLOCATION_COMMITTED", "R-CALC-9",
                        "allocation of batch " + code + " is already committed");
            }
            AllocationOutcome outcome = simulate(batch).outcome(mode);
            Instant now = runner.now();
            AllocationCommitment commitment = new AllocationCommitment(mode, now, actor.name(), outcome.ratio(),
                    outcome.cap(), outcome.total());
            batch.commitAllocation(commitment);
            batches.save(batch);
            for (AllocationRow row : outcome.rows()) {
                Application application = applications.find(row.applicationId()).orElseThrow();
                application.allocate(row.allocated(), actor, now);
                applicationService.save(application);
            }
            runner.audited(actor, "COMMIT_ALLOCATION", "batch:" + code,
                    mode + ": " + outcome.rows().size() + " applications, total " + outcome.total());
            return commitment;
        });
    }

    @Override
    public BatchStepResult publish(Actor actor, BatchCode code) {
        return step(actor, code, "PUBLISH_NOTICE", ReviewStage.ALLOCATED, ReviewStage.PUBLIC_NOTICE,
                (application, batch) -> application.publishNotice(actor, runner.now(), batch.policy()));
    }

    @Override
    public BatchStepResult report(Actor actor, BatchCode code) {
        return step(actor, code, "REPORT_PLAN", ReviewStage.NOTICE_PASSED, ReviewStage.REPORTED,
                (application, batch) -> application.report(actor, runner.now()), ReviewStage.PUBLIC_NOTICE);
    }

    @Override
    public BatchStepResult approve(Actor actor, BatchCode code, LocalDate approvedOn, String documentNo) {
        Require.present(approvedOn, "approvedOn");
        Require.text(documentNo, "documentNo", 100);
        return step(actor, code, "RECORD_APPROVAL", ReviewStage.REPORTED, ReviewStage.APPROVED, (application, batch) -> {
            application.approve(approvedOn, documentNo, actor, runner.now());
            // R-BATCH-3: the payments this application counted are subsidised, in this batch only, ever.
            List<PaymentKey> counted = new ArrayList<>();
            var calculation = evaluator.evaluate(application, batch, applicationService.applicantOf(application))
                    .calculation();
            calculation.leases().forEach(lease -> lease.payments().stream().filter(PaymentLine::counted)
                    .forEach(line -> counted.add(new PaymentKey(lease.orderNo(), line.paymentRef()))));
            applications.recordSubsidisedPayments(application.id(), batch.code(), counted);
        });
    }

    /** Moves every application of the batch in {@code from} by the same step, in one transaction. */
    private BatchStepResult step(Actor actor, BatchCode code, String action, ReviewStage from, ReviewStage to,
                                 BiConsumer<Application, Batch> move, ReviewStage... alsoStored) {
        return runner.run(actor, action, "batch:" + code, () -> {
            UseCaseRunner.requireRole(actor, Role.CITY_OFFICER);
            Batch batch = batches.findForUpdate(code).orElseThrow(() -> new NotFoundException("batch " + code));
            Instant now = runner.now();
            List<ApplicationId> ids = new ArrayList<>(applications.idsInStage(code, from));
            for (ReviewStage stored : alsoStored) {
                ids.addAll(applications.idsInStage(code, stored));
            }
            int moved = 0;
            for (ApplicationId id : ids) {
                Application application = applications.find(id).orElseThrow();
                // read-time stage: a notice whose period ended counts as passed (the move records its end)
                if (application.stageAt(now) != from) {
                    continue;
                }
                move.accept(application, batch);
                applicationService.save(application);
                moved++;
            }
            if (moved == 0) {
                throw new ConflictException("NOTHING_TO_MOVE", null,
                        "no application of batch " + code + " is in stage " + from);
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
                List<ApplicationSummary> page = applications.list(new ApplicationListQuery(null, code, ON_NOTICE, null,
                        null, null, null, null, ApplicationSort.APPLICANT_NAME, false, after, 200));
                page.stream().limit(200).forEach(s -> entries.add(new NoticeEntry(s.id(), s.applicantName(), s.uscc(),
                        s.town(), s.allocatedAmount() == null ? Money.ZERO : s.allocatedAmount())));
                if (page.size() <= 200) {
                    return entries;
                }
                ApplicationSummary last = page.get(199);
                after = new ApplicationListQuery.Keyset(last.applicantName(), last.id().toString());
            }
        });
    }

    @Override
    public UUID file(BatchCode code, ApplicationId id, String text, String contact) {
        return runner.run(null, "FILE_OBJECTION", "application:" + id, () -> {
            String body = Require.text(text, "text", 5000);
            String from = Require.optionalText(contact, "contact", 200);
            Application application = applications.find(id)
                    .filter(a -> a.batch().equals(code))
                    .filter(a -> a.stageAt(runner.now()) == ReviewStage.PUBLIC_NOTICE)
                    .orElseThrow(() -> new NotFoundException("application " + id + " on the notice of batch " + code));
            Objection objection = new Objection(UUID.randomUUID(), code, id, body, from, runner.now());
            objections.save(objection);
            if (application.flag(ApplicationFlag.OBJECTION_FILED)) {
                applicationService.save(application);
            }
            return objection.id();
        });
    }
}
