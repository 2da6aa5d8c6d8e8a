package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Use case: the rows of the batch spreadsheets of domain.md §9 — the applications per stage (scoped
 * like the list), the funding plan for the government, and the disbursement list for the bank.
 * The spreadsheet itself is the adapter's; rows stream page by page, never a whole batch at once
 * in a query.
 */
public interface ExportBatchUseCase {

    /** Every application of the batch the principal may see, in order of creation. */
    List<ApplicationSummary> applications(Actor actor, BatchCode batch);

    /** The funding plan: allocated applications from ALLOCATED on (city officer, fund manager). */
    List<ApplicationSummary> plan(Actor actor, BatchCode batch);

    /** The disbursement list for the bank: approved and disbursed applications with the payee's account (fund manager). */
    List<DisbursementRow> disbursement(Actor actor, BatchCode batch);

    /** One payment to make or made: who, to which account, how much, and the bank's reference once paid. */
    record DisbursementRow(
            ApplicationId applicationId,
            String applicantName,
            UnifiedSocialCreditCode uscc,
            String accountName,
            String bankName,
            BankAccountNumber accountNumber,
            Money amount,
            ReviewStage stage,
            String bankReference,
            LocalDate paidOn) {}
}
