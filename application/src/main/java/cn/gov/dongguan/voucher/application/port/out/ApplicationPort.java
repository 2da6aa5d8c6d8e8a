package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores the application aggregate with its materials and review history, and finds the
 * applications a use case or a scheduled job works on next. Lists, claims and the allocation
 * source are questions of their own ports.
 */
public interface ApplicationPort {

    Optional<Application> find(ApplicationId id);

    /** The application with its stored evaluation, in one read of its row. */
    Optional<EvaluatedApplication> findEvaluated(ApplicationId id);

    /**
     * The generation of the application's stored evaluation, 0 for one not stored yet. A writer
     * reads it before the facts it evaluates, so that a change committed meanwhile is never
     * overwritten by an evaluation of the older facts (see {@link #update}).
     */
    long evaluationGeneration(ApplicationId id);

    /** Stores a new application at version 0; one open application per applicant and batch (R-FLOW-8) is enforced here too. */
    void insert(Application application, ApplicationFigures figures);

    /**
     * Stores the changed application if the stored version is still the one it was read at
     * (R-FLOW-7), raises the version and returns the new one; otherwise throws
     * {@code StaleVersionException} and writes nothing. New history entries are appended, never
     * rewritten. With the generation as it is now, for a writer whose facts cannot have changed
     * meanwhile.
     */
    default long update(Application application, ApplicationFigures figures) {
        return update(application, figures, evaluationGeneration(application.id()));
    }

    /**
     * As {@link #update(Application, ApplicationFigures)}; the figures' evaluation is stored only if
     * the evaluation's generation is still {@code generation} (nothing dropped it since the writer
     * read its facts), else the evaluation stays dropped for the next read to compute. Either way the
     * generation moves on.
     */
    long update(Application application, ApplicationFigures figures, long generation);

    /**
     * Refreshes only the stored figures; the version stays as it is. With the generation as it is now,
     * for a writer whose facts cannot have changed meanwhile.
     */
    default void updateFigures(ApplicationId id, ApplicationFigures figures) {
        updateFigures(id, figures, evaluationGeneration(id));
    }

    /** Refreshes only the stored figures, under the same rule of generations as {@link #update}. */
    void updateFigures(ApplicationId id, ApplicationFigures figures, long generation);

    /**
     * Stores an evaluation a reader computed because none was stored, if the generation is still
     * {@code generation}; the version and the generation stay. Returns whether it was stored.
     */
    boolean cacheEvaluation(ApplicationId id, ApplicationFigures figures, long generation);

    /**
     * Drops the stored evaluations that a change of {@code changed} may alter: those of the same
     * applicant's other applications (the annual cap counts what they were approved, R-CALC-6) and of
     * other applications claiming one of its leases or a lease carrying one of its leases' invoices
     * (payments subsidised before, invoices claimed by others, R-CALC-2/3). Drops at least these; an
     * adapter may drop more.
     */
    void dropRelatedEvaluations(Application changed);

    /**
     * Drops the stored evaluations of applications claiming the lease or a lease carrying one of its
     * invoices (R-CALC-3): its payments or invoices changed. Drops at least these.
     */
    void dropEvaluationsOfLease(OrderNumber lease);

    /**
     * Drops the stored evaluations of the applicant's applications and of applications claiming a
     * lease the applicant provides (a provider's declared ties decide R-ELIG-5), except {@code except}
     * ({@code null} for none). Drops at least these.
     */
    void dropEvaluationsOfParty(UnifiedSocialCreditCode party, ApplicationId except);

    /** Drops the stored evaluations of applications claiming one of the leases and flagged as having no metered usage. */
    void dropEvaluationsWithoutUsage(Set<OrderNumber> leases);

    /** Drops the stored evaluations of a batch's applications (its policy changed); {@code null}: of all (the town table changed). */
    void dropEvaluationsOfBatch(BatchCode batch);

    /**
     * Applications whose stored evaluation a change dropped, for the background refresh. One never
     * stored (filed before evaluations were stored) is not among them: its list figures are those of
     * its last write, and its first read computes its evaluation.
     */
    List<ApplicationId> unevaluated(int limit);

    /** The open (not ended) application of an applicant in a batch, if any (R-FLOW-8). */
    Optional<ApplicationId> findOpen(UnifiedSocialCreditCode applicant, BatchCode batch);

    boolean existsInBatch(BatchCode batch);

    /** Whether the applicant has an application past {@code DRAFT} that has not ended, which freezes its data. */
    boolean hasApplicationUnderReview(UnifiedSocialCreditCode applicant);

    /** Whether any stored material has this content (so the file must stay in the store). */
    boolean isContentReferenced(String sha256);

    /** Ids of the batch's applications in a stage. */
    List<ApplicationId> idsInStage(BatchCode batch, ReviewStage stage);

    /** Returned applications whose resubmission deadline passed before {@code now} (R-FLOW-3). */
    List<ApplicationId> returnedOverdue(Instant now, int limit);

    /** Applications in public notice whose notice period ended before {@code now}. */
    List<ApplicationId> noticeEnded(Instant now, int limit);
}
