package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The question {@link ClaimLedgerPort#claims} answers for one application.
 *
 * @param self the application asking; its own claims never count against it
 * @param leases the leases it claims
 * @param invoices the invoices of those leases
 * @param fundingYear the funding year of its batch, for R-CALC-6
 * @param batch its batch, whose own approvals R-CALC-6 leaves out
 * @param windowStart the start of its batch's accounting window: batches that start earlier are earlier (R-BATCH-3)
 */
public record ClaimQuery(
        ApplicationId self,
        UnifiedSocialCreditCode applicant,
        List<OrderNumber> leases,
        List<InvoiceId> invoices,
        int fundingYear,
        BatchCode batch,
        LocalDate windowStart) {

    public ClaimQuery {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(applicant, "applicant");
        leases = List.copyOf(leases);
        invoices = List.copyOf(invoices);
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(windowStart, "windowStart");
    }
}
