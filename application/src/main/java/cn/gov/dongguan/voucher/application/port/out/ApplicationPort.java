package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the application aggregate with its materials and review history, and finds the
 * applications a use case or a scheduled job works on next. Lists, claims and the allocation
 * source are questions of their own ports.
 */
public interface ApplicationPort {

    Optional<Application> find(ApplicationId id);

    /** Stores a new application at version 0; one open application per applicant and batch (R-FLOW-8) is enforced here too. */
    void insert(Application application, ApplicationFigures figures);

    /**
     * Stores the changed application if the stored version is still the one it was read at
     * (R-FLOW-7), raises the version and returns the new one; otherwise throws
     * {@code StaleVersionException} and writes nothing. New history entries are appended, never
     * rewritten.
     */
    long update(Application application, ApplicationFigures figures);

    /** Refreshes only the stored figures (after a lease changed); the version stays as it is. */
    void updateFigures(ApplicationId id, ApplicationFigures figures);

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
