package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ResubmissionDeadline;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of an application list, read as a projection (no aggregate is loaded for a list); the
 * disbursement's bank reference and day are there for the bank's list.
 */
public record ApplicationSummary(
        ApplicationId id,
        BatchCode batch,
        UnifiedSocialCreditCode uscc,
        String applicantName,
        TownCode town,
        ApplicantCategory category,
        String projectName,
        ReviewStage stage,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant returnDeadline,
        Money eligibleExpense,
        Money subsidy,
        Money allocatedAmount,
        String bankReference,
        LocalDate paidOn,
        boolean applicantDisqualified,
        boolean monitoringOverdue) {

    /** A row whose applicant's standing is not (yet) known: read from the store alone. */
    public ApplicationSummary(
            ApplicationId id,
            BatchCode batch,
            UnifiedSocialCreditCode uscc,
            String applicantName,
            TownCode town,
            ApplicantCategory category,
            String projectName,
            ReviewStage stage,
            long version,
            Instant createdAt,
            Instant updatedAt,
            Instant submittedAt,
            Instant returnDeadline,
            Money eligibleExpense,
            Money subsidy,
            Money allocatedAmount,
            String bankReference,
            LocalDate paidOn) {
        this(
                id,
                batch,
                uscc,
                applicantName,
                town,
                category,
                projectName,
                stage,
                version,
                createdAt,
                updatedAt,
                submittedAt,
                returnDeadline,
                eligibleExpense,
                subsidy,
                allocatedAmount,
                bankReference,
                paidOn,
                false,
                false);
    }

    /**
     * The row with its applicant's standing: disqualified after serious fraud (R-FLOW-6), and with an
     * overdue monitoring request (R-POST-1, {@code MONITORING_OVERDUE}), or not.
     */
    public ApplicationSummary withStanding(boolean disqualified, boolean overdue) {
        return new ApplicationSummary(
                id,
                batch,
                uscc,
                applicantName,
                town,
                category,
                projectName,
                stage,
                version,
                createdAt,
                updatedAt,
                submittedAt,
                returnDeadline,
                eligibleExpense,
                subsidy,
                allocatedAmount,
                bankReference,
                paidOn,
                disqualified,
                overdue);
    }

    /**
     * The row as anyone sees it at {@code now}: a return whose resubmission window has passed reads
     * as {@code WITHDRAWN} (R-FLOW-3) before the scheduled job records it, in lists, counts and
     * exports as in the single application.
     */
    public ApplicationSummary seenAt(Instant now) {
        if (now == null || stage != ReviewStage.RETURNED || !ResubmissionDeadline.isPast(returnDeadline, now)) {
            return this;
        }
        return new ApplicationSummary(
                id,
                batch,
                uscc,
                applicantName,
                town,
                category,
                projectName,
                ReviewStage.WITHDRAWN,
                version,
                createdAt,
                updatedAt,
                submittedAt,
                returnDeadline,
                eligibleExpense,
                subsidy,
                allocatedAmount,
                bankReference,
                paidOn,
                applicantDisqualified,
                monitoringOverdue);
    }
}
