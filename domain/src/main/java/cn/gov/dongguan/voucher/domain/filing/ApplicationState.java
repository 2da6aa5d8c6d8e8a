package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewRecord;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything an {@link Application} holds, as plain data: what a repository stores and restores.
 * Restoring checks the invariants again (stage against history, amounts), so a damaged row cannot
 * become a live aggregate.
 *
 * @param version the version the store had when it was read (optimistic locking, R-FLOW-7)
 * @param completedAt the latest complete (re)submission, the order of FIRST_COME allocation
 */
public record ApplicationState(
        ApplicationId id,
        BatchCode batch,
        UnifiedSocialCreditCode applicantUscc,
        TownCode town,
        ApplicantCategory category,
        ApplicationContent content,
        ReviewStage stage,
        long version,
        Instant createdAt,
        Instant submittedAt,
        Instant completedAt,
        Instant returnedAt,
        Instant returnDeadline,
        List<MaterialType> returnItems,
        List<Material> materials,
        Money verifiedAmount,
        LegalRepConfirmation legalRepConfirmation,
        boolean originalsChecked,
        boolean paperDossierReceived,
        Money allocatedAmount,
        Instant noticeEndsAt,
        LocalDate approvedOn,
        String approvalDocumentNo,
        String bankReference,
        LocalDate paidOn,
        Set<ApplicationFlag> flags,
        List<ReviewRecord> history) {

    public ApplicationState {
        returnItems = returnItems == null ? List.of() : List.copyOf(returnItems);
        materials = materials == null ? List.of() : List.copyOf(materials);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The same state at another version: what a store holds after writing it. */
    public ApplicationState withVersion(long storedVersion) {
        return new ApplicationState(
                id,
                batch,
                applicantUscc,
                town,
                category,
                content,
                stage,
                storedVersion,
                createdAt,
                submittedAt,
                completedAt,
                returnedAt,
                returnDeadline,
                returnItems,
                materials,
                verifiedAmount,
                legalRepConfirmation,
                originalsChecked,
                paperDossierReceived,
                allocatedAmount,
                noticeEndsAt,
                approvedOn,
                approvalDocumentNo,
                bankReference,
                paidOn,
                flags,
                history);
    }
}
