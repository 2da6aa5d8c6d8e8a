package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.application.port.out.Claims;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.ApplicationState;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What the in-memory applications claim of the leases, and the ledger of subsidised payments. */
public final class InMemoryClaimLedger implements ClaimLedgerPort {

    private static final Set<ReviewStage> RELEASED =
            Set.of(ReviewStage.REJECTED, ReviewStage.WITHDRAWN, ReviewStage.TERMINATED);

    private final InMemoryApplicationRepository applications;
    private final LeasePort leases;
    private final BatchPort batches;
    private final Map<PaymentKey, ApplicationId> subsidised = new HashMap<>();

    public InMemoryClaimLedger(InMemoryApplicationRepository applications, LeasePort leases, BatchPort batches) {
        this.applications = applications;
        this.leases = leases;
        this.batches = batches;
    }

    private Stream<ApplicationState> states() {
        return applications.rows().stream().map(InMemoryApplicationRepository.Row::state);
    }

    @Override
    public synchronized Claims claims(ClaimQuery q) {
        return new Claims(
                subsidisedPayments(q.leases(), q.self()),
                invoicesOnOtherLeases(q),
                invoicesCountedEarlier(q),
                approvedInYear(q.applicant(), q.fundingYear(), q.batch()));
    }

    @Override
    public synchronized boolean isLeaseClaimedPastDraft(OrderNumber orderNo) {
        return states().anyMatch(s ->
                s.stage() != ReviewStage.DRAFT && s.content().leaseOrderNos().contains(orderNo));
    }

    @Override
    public synchronized List<ApplicationId> claiming(OrderNumber orderNo) {
        return states().filter(
                        s -> !s.stage().isEnded() && s.content().leaseOrderNos().contains(orderNo))
                .map(ApplicationState::id)
                .toList();
    }

    /** R-CALC-3 DUPLICATE_INVOICE: the invoices asked about that another, claimed lease also carries. */
    private Set<InvoiceId> invoicesOnOtherLeases(ClaimQuery q) {
        Set<InvoiceId> found = new HashSet<>();
        states().filter(s -> !s.id().equals(q.self()) && !RELEASED.contains(s.stage()))
                .forEach(s -> {
                    for (ComputeLease lease : leases.findAll(s.content().leaseOrderNos())) {
                        if (q.leases().contains(lease.orderNo())) {
                            continue;
                        }
                        lease.invoices().stream()
                                .map(Invoice::id)
                                .filter(q.invoices()::contains)
                                .forEach(found::add);
                    }
                });
        return found;
    }

    /** R-CALC-3 ALREADY_SUBSIDISED: the invoices an application of an earlier batch counts on the same lease. */
    private Set<InvoiceId> invoicesCountedEarlier(ClaimQuery q) {
        Set<InvoiceId> found = new HashSet<>();
        states().filter(s -> !s.id().equals(q.self()) && !RELEASED.contains(s.stage()))
                .forEach(s -> batches.find(s.batch())
                        .filter(b -> b.window().start().isBefore(q.windowStart()))
                        .ifPresent(earlier -> {
                            for (ComputeLease lease : leases.findAll(s.content().leaseOrderNos())) {
                                if (!q.leases().contains(lease.orderNo())) {
                                    continue;
                                }
                                lease.invoices().stream()
                                        .filter(i -> earlier.window().contains(i.issuedOn()))
                                        .filter(i -> i.copy() == InvoiceCopy.INVOICE_COPY)
                                        .map(Invoice::id)
                                        .filter(q.invoices()::contains)
                                        .forEach(found::add);
                            }
                        }));
        return found;
    }

    @Override
    public synchronized void recordSubsidisedPayments(
            ApplicationId application, BatchCode batch, Collection<PaymentKey> payments) {
        payments.forEach(p -> subsidised.putIfAbsent(p, application));
    }

    private Set<PaymentKey> subsidisedPayments(Collection<OrderNumber> leaseOrderNos, ApplicationId excluding) {
        Set<PaymentKey> found = new HashSet<>();
        subsidised.forEach((key, app) -> {
            if (!app.equals(excluding) && leaseOrderNos.contains(key.orderNo())) {
                found.add(key);
            }
        });
        return found;
    }

    /** Σ allocated amounts of the applicant's approved (or disbursed) applications in other batches of the year. */
    synchronized Money approvedInYear(UnifiedSocialCreditCode applicant, int fundingYear, BatchCode excluding) {
        return states().filter(
                        s -> s.applicantUscc().equals(applicant) && !s.batch().equals(excluding))
                .filter(s -> s.stage() == ReviewStage.APPROVED || s.stage() == ReviewStage.DISBURSED)
                .filter(s -> batches.find(s.batch()).map(Batch::fundingYear).orElse(-1) == fundingYear)
                .map(s -> s.allocatedAmount() == null ? Money.ZERO : s.allocatedAmount())
                .reduce(Money.ZERO, Money::plus);
    }
}
