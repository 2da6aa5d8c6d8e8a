package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.application.port.in.CommitAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.in.SimulateAllocationUseCase;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.StageCount;
import cn.gov.dongguan.voucher.domain.allocation.AllocationCandidate;
import cn.gov.dongguan.voucher.domain.allocation.AllocationOutcome;
import cn.gov.dongguan.voucher.domain.allocation.AllocationRow;
import cn.gov.dongguan.voucher.domain.allocation.AllocationSimulation;
import cn.gov.dongguan.voucher.domain.allocation.BudgetAllocator;
import cn.gov.dongguan.voucher.domain.batch.AllocationCommitment;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The allocation of a batch's budget (R-CALC-9): the three modes side by side, and committing one. */
public final class AllocationService implements SimulateAllocationUseCase, CommitAllocationUseCase {

    private final UseCaseRunner runner;
    private final ApplicationStore store;
    private final BatchPort batches;
    private final AllocationSourcePort source;
    private final ApplicationListPort lists;

    public AllocationService(
            UseCaseRunner runner,
            ApplicationStore store,
            BatchPort batches,
            AllocationSourcePort source,
            ApplicationListPort lists) {
        this.runner = Objects.requireNonNull(runner);
        this.store = Objects.requireNonNull(store);
        this.batches = Objects.requireNonNull(batches);
        this.source = Objects.requireNonNull(source);
        this.lists = Objects.requireNonNull(lists);
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
        source.streamAwaitingAllocation(
                batch.code(),
                batch.fundingYear(),
                (AllocationSource s) -> candidates.add(new AllocationCandidate(
                        s.id(),
                        s.uscc(),
                        s.applicantName(),
                        s.basis(),
                        cap.minus(s.approvedElsewhere()).max(Money.ZERO),
                        s.completedAt())));
        return BudgetAllocator.simulate(
                candidates, batch.policy().ratio(), cap, batch.policy().budget());
    }

    @Override
    public AllocationCommitment commit(Actor actor, BatchCode code, AllocationMode mode) {
        return runner.run(actor, "COMMIT_ALLOCATION", "batch:" + code, () -> {
            UseCaseRunner.requireRole(actor, Role.FUND_MANAGER);
            Require.present(mode, "mode");
            Batch batch = batches.findForUpdate(code).orElseThrow(() -> new NotFoundException("batch " + code));
            if (batch.isAllocationCommitted()) {
                throw new ConflictException(
                        "ALLOCATION_COMMITTED", "R-CALC-9", "allocation of batch " + code + " is already committed");
            }
            requireNothingInReview(code);
            AllocationOutcome outcome = simulate(batch).outcome(mode);
            Instant now = runner.now();
            AllocationCommitment commitment =
                    new AllocationCommitment(mode, now, actor.name(), outcome.ratio(), outcome.cap(), outcome.total());
            batch.commitAllocation(commitment);
            batches.save(batch);
            for (AllocationRow row : outcome.rows()) {
                Application application = store.require(row.applicationId());
                application.allocate(row.allocated(), actor, now);
                store.save(store.gather(application, batch));
            }
            runner.audited(
                    actor,
                    "COMMIT_ALLOCATION",
                    "batch:" + code,
                    mode + ": " + outcome.rows().size() + " applications, total " + outcome.total());
            return commitment;
        });
    }

    /** The stages in which an application is still in review, before allocation (R-CALC-9). */
    static final List<ReviewStage> IN_REVIEW = List.of(
            ReviewStage.SUBMITTED,
            ReviewStage.ELIGIBILITY_CHECK,
            ReviewStage.FORMAL_REVIEW,
            ReviewStage.RETURNED,
            ReviewStage.TOWN_REVIEW,
            ReviewStage.FINAL_REVIEW);

    /**
     * R-CALC-9: the allocation is committed only when no application of the batch is still in review,
     * so none is stranded behind a frozen allocation; the refusal names how many wait in which stage.
     */
    private void requireNothingInReview(BatchCode code) {
        Map<ReviewStage, Long> waiting = new EnumMap<>(ReviewStage.class);
        for (StageCount c : lists.countByTownAndStage(code, null, runner.now())) {
            if (IN_REVIEW.contains(c.stage())) {
                waiting.merge(c.stage(), c.count(), Long::sum);
            }
        }
        if (!waiting.isEmpty()) {
            long total = waiting.values().stream().mapToLong(Long::longValue).sum();
            String stages = waiting.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            // the values: each waiting stage followed by its count
            List<String> values = waiting.entrySet().stream()
                    .flatMap(e -> Stream.of(e.getKey().name(), e.getValue().toString()))
                    .toList();
            throw new ConflictException(Violation.of(
                            null,
                            "APPLICATIONS_IN_REVIEW",
                            "R-CALC-9",
                            total + " application(s) of batch " + code + " are still in review (" + stages
                                    + "): the allocation is committed when every one has passed or left the review")
                    .with(values));
        }
    }
}
