package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.EvaluatedApplication;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ApplicationState;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Applications as stored states, with the same semantics as the database: optimistic versions,
 * one open application per applicant and batch. The list, claim-ledger and allocation-source
 * adapters read the same rows ({@link #rows()}), as their JPA counterparts read the same tables.
 */
public final class InMemoryApplicationRepository implements ApplicationPort {

    /** One stored application with its figures, its evaluation (if current) and the evaluation's generation. */
    record Row(ApplicationState state, ApplicationFigures figures, long generation) {

        Row(ApplicationState state, ApplicationFigures figures) {
            this(state, figures, 0);
        }

        /** The evaluation written, if the generation is still {@code expected}; else dropped. Either way one more generation. */
        Row written(ApplicationState newState, ApplicationFigures newFigures, long expected) {
            ApplicationFigures kept = expected == generation ? newFigures : withoutEvaluation(newFigures);
            return new Row(newState, kept, generation + 1);
        }

        Row dropped() {
            return new Row(state, withoutEvaluation(figures), generation + 1);
        }

        private static ApplicationFigures withoutEvaluation(ApplicationFigures f) {
            return new ApplicationFigures(f.applicantName(), f.eligibleExpense(), f.subsidy());
        }

        Instant updatedAt() {
            return state.history().get(state.history().size() - 1).at();
        }
    }

    private final Map<ApplicationId, Row> rows = new LinkedHashMap<>();

    /** A copy of the stored rows, in insertion order. */
    synchronized List<Row> rows() {
        return List.copyOf(rows.values());
    }

    private Stream<ApplicationState> states() {
        return rows.values().stream().map(Row::state);
    }

    @Override
    public synchronized Optional<Application> find(ApplicationId id) {
        return Optional.ofNullable(rows.get(id)).map(r -> Application.restore(r.state()));
    }

    @Override
    public synchronized Optional<EvaluatedApplication> findEvaluated(ApplicationId id) {
        return Optional.ofNullable(rows.get(id))
                .map(r -> new EvaluatedApplication(
                        Application.restore(r.state()),
                        Optional.ofNullable(r.figures().evaluation()),
                        r.generation()));
    }

    @Override
    public synchronized long evaluationGeneration(ApplicationId id) {
        Row row = rows.get(id);
        return row == null ? 0 : row.generation();
    }

    @Override
    public synchronized void insert(Application application, ApplicationFigures figures) {
        ApplicationState state = application.snapshot();
        if (rows.containsKey(state.id())) {
            throw new IllegalStateException("application " + state.id() + " exists");
        }
        findOpen(state.applicantUscc(), state.batch()).ifPresent(open -> {
            throw new ConflictException("OPEN_APPLICATION_EXISTS", "R-FLOW-8", "an open application exists: " + open);
        });
        rows.put(state.id(), new Row(state.withVersion(0), figures));
    }

    @Override
    public synchronized long update(Application application, ApplicationFigures figures, long generation) {
        ApplicationState state = application.snapshot();
        Row row = rows.get(state.id());
        if (row == null) {
            throw new IllegalStateException("application " + state.id() + " was never stored");
        }
        if (row.state().version() != state.version()) {
            throw new StaleVersionException(
                    "application " + state.id(), state.version(), row.state().version());
        }
        if (!state.history()
                .subList(0, row.state().history().size())
                .equals(row.state().history())) {
            throw new IllegalStateException("the review history is append-only");
        }
        rows.put(state.id(), row.written(state.withVersion(state.version() + 1), figures, generation));
        return state.version() + 1;
    }

    @Override
    public synchronized void updateFigures(ApplicationId id, ApplicationFigures figures, long generation) {
        Row row = rows.get(id);
        rows.put(id, row.written(row.state(), figures, generation));
    }

    @Override
    public synchronized boolean cacheEvaluation(ApplicationId id, ApplicationFigures figures, long generation) {
        Row row = rows.get(id);
        if (row == null || row.generation() != generation) {
            return false;
        }
        rows.put(id, new Row(row.state(), figures, generation));
        return true;
    }

    /** Drops every other application's: this store does not know the leases' invoices (at least is the promise). */
    @Override
    public synchronized void dropRelatedEvaluations(Application changed) {
        drop(s -> !s.id().equals(changed.id()));
    }

    /** Drops every application's: this store does not know the leases' invoices. */
    @Override
    public synchronized void dropEvaluationsOfLease(OrderNumber lease) {
        drop(s -> true);
    }

    /** Drops every other application's: this store does not know the leases' providers (at least is the promise). */
    @Override
    public synchronized void dropEvaluationsOfParty(UnifiedSocialCreditCode party, ApplicationId except) {
        drop(s -> !s.id().equals(except));
    }

    @Override
    public synchronized void dropEvaluationsWithoutUsage(Set<OrderNumber> leases) {
        List<ApplicationId> flagged = rows.values().stream()
                .filter(r -> r.figures().evaluation() != null
                        && r.figures().evaluation().flags().contains(ApplicationFlag.NO_USAGE_EVIDENCE)
                        && r.state().content().leaseOrderNos().stream().anyMatch(leases::contains))
                .map(r -> r.state().id())
                .toList();
        drop(s -> flagged.contains(s.id()));
    }

    @Override
    public synchronized void dropEvaluationsOfBatch(BatchCode batch) {
        drop(s -> batch == null || s.batch().equals(batch));
    }

    @Override
    public synchronized List<ApplicationId> unevaluated(int limit) {
        return rows.values().stream()
                .filter(r -> r.figures().evaluation() == null && r.generation() > 0)
                .map(r -> r.state().id())
                .limit(limit)
                .toList();
    }

    private void drop(Predicate<ApplicationState> which) {
        rows.replaceAll((id, row) -> which.test(row.state()) ? row.dropped() : row);
    }

    @Override
    public synchronized Optional<ApplicationId> findOpen(UnifiedSocialCreditCode applicant, BatchCode batch) {
        return states().filter(s -> s.applicantUscc().equals(applicant)
                        && s.batch().equals(batch)
                        && !s.stage().isEnded())
                .map(ApplicationState::id)
                .findFirst();
    }

    @Override
    public synchronized boolean existsInBatch(BatchCode batch) {
        return states().anyMatch(s -> s.batch().equals(batch));
    }

    @Override
    public synchronized boolean hasApplicationUnderReview(UnifiedSocialCreditCode applicant) {
        return states().anyMatch(s -> s.applicantUscc().equals(applicant)
                && s.stage() != ReviewStage.DRAFT
                && !s.stage().isEnded());
    }

    @Override
    public synchronized boolean isContentReferenced(String sha256) {
        return states().flatMap(s -> s.materials().stream())
                .map(Material::sha256)
                .anyMatch(sha256::equals);
    }

    @Override
    public synchronized List<ApplicationId> idsInStage(BatchCode batch, ReviewStage stage) {
        return states().filter(s -> s.batch().equals(batch) && s.stage() == stage)
                .map(ApplicationState::id)
                .toList();
    }

    @Override
    public synchronized List<ApplicationId> returnedOverdue(Instant now, int limit) {
        Instant cutoff = now.minusSeconds(1);
        return states().filter(s ->
                        s.stage() == ReviewStage.RETURNED && !s.returnDeadline().isAfter(cutoff))
                .map(ApplicationState::id)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<ApplicationId> noticeEnded(Instant now, int limit) {
        Instant cutoff = now.minusSeconds(1);
        return states().filter(s -> !s.flags().contains(ApplicationFlag.OBJECTION_OPEN))
                .filter(s -> s.stage() == ReviewStage.PUBLIC_NOTICE
                        && !s.noticeEndsAt().isAfter(cutoff))
                .map(ApplicationState::id)
                .limit(limit)
                .toList();
    }
}
