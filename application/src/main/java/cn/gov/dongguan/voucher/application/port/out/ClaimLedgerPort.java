package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import java.util.Collection;
import java.util.List;

/**
 * What applications claim of the leases, and the ledger of what was subsidised: the facts across
 * applications that the calculation (R-CALC-2, R-CALC-3, R-CALC-6) and the freezing of pushed data
 * depend on.
 */
public interface ClaimLedgerPort {

    /** What others already hold of one application's leases, answered in one question. */
    Claims claims(ClaimQuery query);

    /** Whether an application past {@code DRAFT} claims the lease, which freezes its data. */
    boolean isLeaseClaimedPastDraft(OrderNumber orderNo);

    /** The not-ended applications that claim the lease, whose figures change with it. */
    List<ApplicationId> claiming(OrderNumber orderNo);

    /** Records the payments an approved application counted; they never count again (R-BATCH-3). */
    void recordSubsidisedPayments(ApplicationId application, BatchCode batch, Collection<PaymentKey> payments);
}
