package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.ChangeBatchPolicyUseCase;
import cn.gov.dongguan.voucher.application.port.in.DefineBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.GetBatchUseCase;
import cn.gov.dongguan.voucher.application.port.in.ListBatchesUseCase;
import cn.gov.dongguan.voucher.application.port.in.UpsertResult;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import java.util.List;
import java.util.Objects;

/** Batches and their policy: announcing, redefining and changing them, and reading them. */
public final class BatchService
        implements GetBatchUseCase, ListBatchesUseCase, DefineBatchUseCase, ChangeBatchPolicyUseCase {

    private final UseCaseRunner runner;
    private final BatchPort batches;
    private final ApplicationPort applications;
    private final cn.gov.dongguan.voucher.application.port.out.ApplicationListPort lists;

    public BatchService(
            UseCaseRunner runner,
            BatchPort batches,
            ApplicationPort applications,
            cn.gov.dongguan.voucher.application.port.out.ApplicationListPort lists) {
        this.runner = Objects.requireNonNull(runner);
        this.batches = Objects.requireNonNull(batches);
        this.applications = Objects.requireNonNull(applications);
        this.lists = Objects.requireNonNull(lists);
    }

    @Override
    public Batch get(Actor actor, BatchCode code) {
        return runner.run(actor, "VIEW_BATCH", "batch:" + code, () -> batches.find(code)
                .orElseThrow(() -> new NotFoundException("batch " + code)));
    }

    @Override
    public java.util.Optional<java.time.Instant> noticeEnd(Actor actor, BatchCode code) {
        return runner.run(actor, "VIEW_BATCH", "batch:" + code, () -> {
            batches.find(code).orElseThrow(() -> new NotFoundException("batch " + code));
            // one application on notice is enough: the notice was published for all of them at once
            return oneIn(code, java.util.Set.of(cn.gov.dongguan.voucher.domain.review.ReviewStage.PUBLIC_NOTICE))
                    .flatMap(cn.gov.dongguan.voucher.domain.filing.Application::noticeEndsAt);
        });
    }

    @Override
    public java.util.Optional<Approval> approval(Actor actor, BatchCode code) {
        return runner.run(actor, "VIEW_BATCH", "batch:" + code, () -> {
            batches.find(code).orElseThrow(() -> new NotFoundException("batch " + code));
            // one approved application is enough: the approval covers the batch's plan as a whole
            return oneIn(
                            code,
                            java.util.Set.of(
                                    cn.gov.dongguan.voucher.domain.review.ReviewStage.APPROVED,
                                    cn.gov.dongguan.voucher.domain.review.ReviewStage.DISBURSED))
                    .flatMap(a -> a.approvedOn()
                            .map(on -> new Approval(on, a.approvalDocumentNo().orElse(""))));
        });
    }

    /** One application of the batch in one of the stages (a batch-wide fact is read from it), or none. */
    private java.util.Optional<cn.gov.dongguan.voucher.domain.filing.Application> oneIn(
            BatchCode code, java.util.Set<cn.gov.dongguan.voucher.domain.review.ReviewStage> stages) {
        return lists
                .list(new cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery(
                                null,
                                code,
                                stages,
                                null,
                                null,
                                null,
                                null,
                                null,
                                cn.gov.dongguan.voucher.application.port.in.ApplicationSort.CREATED_AT,
                                false,
                                null,
                                1)
                        .at(runner.now()))
                .stream()
                .findFirst()
                .flatMap(row -> applications.find(row.id()));
    }

    @Override
    public List<Batch> list(Actor actor) {
        return runner.run(actor, "LIST_BATCHES", "batches", batches::findAll);
    }

    @Override
    public UpsertResult<Batch> define(Actor actor, DefineBatchCommand command) {
        return runner.run(actor, "DEFINE_BATCH", "batch:" + command.code(), () -> {
            UseCaseRunner.requireRole(actor, Role.ADMIN);
            return batches.findForUpdate(command.code())
                    .map(batch -> {
                        boolean changed = batch.redefine(
                                command.title(),
                                command.fundingYear(),
                                command.window(),
                                command.policy(),
                                applications.existsInBatch(command.code()));
                        if (!changed) {
                            return new UpsertResult<>(Upsert.UNCHANGED, batch);
                        }
                        batches.save(batch);
                        runner.audited(actor, "DEFINE_BATCH", "batch:" + command.code(), "redefined");
                        return new UpsertResult<>(Upsert.UPDATED, batch);
                    })
                    .orElseGet(() -> {
                        Batch batch = Batch.announce(
                                command.code(),
                                command.title(),
                                command.fundingYear(),
                                command.window(),
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
                applications.dropEvaluationsOfBatch(code);
                runner.audited(actor, "CHANGE_POLICY", "batch:" + code, before + " -> " + batch.policy());
            }
            return batch;
        });
    }
}
