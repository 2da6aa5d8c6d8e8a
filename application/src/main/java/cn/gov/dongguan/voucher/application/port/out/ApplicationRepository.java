package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stores applications with their materials and review history, and answers the questions that
 * span applications (duplicates, what an applicant was already granted, lists, counts) in the
 * store itself.
 */
public interface ApplicationRepository {

    Optional<Application> find(ApplicationId id);

    /** Stores a new application; one open application per applicant and batch (R-FLOW-8) is enforced here too. */
    void insert(Application application, ApplicationFigures figures);

    /**
     * Stores the changed application if the stored version is still the one it was read at
     * (R-FLOW-7), and raises the version; otherwise throws {@code StaleVersionException} and
     * writes nothing. New history entries are appended, never rewritten.
     */
    void update(Application application, ApplicationFigures figures);

    /** Refreshes only the stored figures (after a lease changed); the version stays as it is. */
    void updateFigures(ApplicationId id, ApplicationFigures figures);

    /** The open (not ended) application of an applicant in a batch, if any (R-FLOW-8). */
    Optional<ApplicationId> findOpen(UnifiedSocialCreditCode applicant, BatchCode batch);

    boolean existsInBatch(BatchCode batch);

    /** Whether the applicant has an application past {@code DRAFT} that has not ended, which freezes its data. */
    boolean hasApplicationUnderReview(UnifiedSocialCreditCode applicant);

    /** Whether any stored material has this content (so the file must stay in the store). */
    boolean isContentReferenced(String sha256);

    /** Whether an application past {@code DRAFT} claims the lease, which freezes its data. */
    boolean isLeaseClaimedPastDraft(OrderNumber orderNo);

    /** The not-ended applications that claim the lease, whose figures change with it. */
    List<ApplicationId> claiming(OrderNumber orderNo);

    /**
     * Of {@code invoices}, those that also belong to a lease claimed by another application that
     * has not been rejected, withdrawn or terminated (R-CALC-3 {@code DUPLICATE_INVOICE}).
     */
    Set<InvoiceId> invoicesClaimedByOthers(ApplicationId self, Collection<InvoiceId> invoices);

    /** Records the payments an approved application counted; they never count again (R-BATCH-3). */
    void recordSubsidisedPayments(ApplicationId application, BatchCode batch, Collection<PaymentKey> payments);

    /** Payments of the leases counted by another application's approval (R-CALC-2 {@code ALREADY_SUBSIDISED}). */
    Set<PaymentKey> subsidisedPayments(Collection<OrderNumber> leases, ApplicationId excluding);

    /** Σ allocated amounts of the applicant's approved (or disbursed) applications in other batches of the year (R-CALC-6). */
    Money approvedInYear(UnifiedSocialCreditCode applicant, int fundingYear, BatchCode excluding);

    /** Applications awaiting allocation in the batch, projected and streamed, in order of complete submission. */
    void streamAwaitingAllocation(BatchCode batch, int fundingYear, Consumer<AllocationSource> sink);

    /** Ids of the batch's applications in a stage. */
    List<ApplicationId> idsInStage(BatchCode batch, ReviewStage stage);

    /** Returned applications whose resubmission deadline passed before {@code now} (R-FLOW-3). */
    List<ApplicationId> returnedOverdue(Instant now, int limit);

    /** Applications in public notice whose notice period ended before {@code now}. */
    List<ApplicationId> noticeEnded(Instant now, int limit);

    /** One page of the list, with one row more than asked when there is a next page. */
    List<ApplicationSummary> list(ApplicationListQuery query);

    /** How many applications match the list's filters (its keyset, sort and limit play no part). */
    long count(ApplicationListQuery query);

    /** Applications per town and stage, optionally for one batch and one town. */
    List<StageCount> countByTownAndStage(BatchCode batch, TownCode town);

    /** Returned applications whose deadline lies in {@code [from, to)}, within the town if given. */
    List<ApplicationSummary> returnDeadlinesBetween(Instant from, Instant to, TownCode town);
}
