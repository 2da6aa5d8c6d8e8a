package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.application.port.out.Claims;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What applications claim of the leases (the element collection {@code application_lease}) and the
 * ledger of subsidised payments (table {@code subsidised_payment}, one row per payment ever).
 */
public class JpaClaimLedger implements ClaimLedgerPort {

    private static final int CHUNK = 1000;

    private final JpaContext jpa;

    public JpaClaimLedger(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public Claims claims(ClaimQuery q) {
        return new Claims(
                subsidisedPayments(q.leases(), q.self()),
                invoicesOnOtherLeases(q),
                invoicesCountedEarlier(q),
                approvedInYear(q.applicant(), q.fundingYear(), q.batch()));
    }

    @Override
    public boolean isLeaseClaimedPastDraft(OrderNumber orderNo) {
        return !jpa.em()
                .createQuery(
                        "SELECT a.id FROM ApplicationJpaEntity a JOIN a.leaseOrderNos o "
                                + "WHERE o = :orderNo AND a.stage <> :draft",
                        String.class)
                .setParameter("orderNo", orderNo.value())
                .setParameter("draft", ReviewStage.DRAFT.name())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<ApplicationId> claiming(OrderNumber orderNo) {
        return jpa
                .em()
                .createQuery(
                        "SELECT a.id FROM ApplicationJpaEntity a JOIN a.leaseOrderNos o "
                                + "WHERE o = :orderNo AND a.stage NOT IN :ended",
                        String.class)
                .setParameter("orderNo", orderNo.value())
                .setParameter("ended", ApplicationStages.ENDED)
                .getResultList()
                .stream()
                .map(ApplicationId::of)
                .toList();
    }

    /**
     * R-CALC-3 {@code DUPLICATE_INVOICE}: the invoices asked about that another lease also carries,
     * claimed by an application (not this one) that was not rejected, withdrawn or terminated.
     */
    private Set<InvoiceId> invoicesOnOtherLeases(ClaimQuery q) {
        if (q.leases().isEmpty()) {
            return Set.of();
        }
        return invoices(q.invoices(), keys -> jpa.em()
                .createQuery(
                        "SELECT DISTINCT i.invoiceKey FROM ApplicationJpaEntity a JOIN a.leaseOrderNos o, "
                                + "LeaseJpaEntity l JOIN l.invoices i WHERE l.orderNo = o AND a.id <> :self "
                                + "AND a.stage NOT IN :released AND l.orderNo NOT IN :own AND i.invoiceKey IN :keys",
                        String.class)
                .setParameter("self", q.self().toString())
                .setParameter("released", ApplicationStages.RELEASED)
                .setParameter(
                        "own",
                        q.leases().stream().map(OrderNumber::value).distinct().toList())
                .setParameter("keys", keys)
                .getResultList());
    }

    /**
     * R-CALC-3 {@code ALREADY_SUBSIDISED}: the invoices asked about that an application of an earlier
     * batch (its window starts before this one's) counts on the same lease — claimed, not released,
     * issued inside that batch's window, an invoice copy.
     */
    private Set<InvoiceId> invoicesCountedEarlier(ClaimQuery q) {
        if (q.leases().isEmpty()) {
            return Set.of();
        }
        return invoices(q.invoices(), keys -> jpa.em()
                .createQuery(
                        "SELECT DISTINCT i.invoiceKey FROM ApplicationJpaEntity a JOIN a.leaseOrderNos o, "
                                + "LeaseJpaEntity l JOIN l.invoices i, BatchJpaEntity b WHERE l.orderNo = o "
                                + "AND b.code = a.batchCode AND a.id <> :self AND a.stage NOT IN :released "
                                + "AND b.windowStart < :start AND i.issuedOn >= b.windowStart "
                                + "AND i.issuedOn <= b.windowEnd AND i.copyKind = :invoiceCopy "
                                + "AND l.orderNo IN :own AND i.invoiceKey IN :keys",
                        String.class)
                .setParameter("self", q.self().toString())
                .setParameter("released", ApplicationStages.RELEASED)
                .setParameter("start", q.windowStart())
                .setParameter("invoiceCopy", "INVOICE_COPY")
                .setParameter(
                        "own",
                        q.leases().stream().map(OrderNumber::value).distinct().toList())
                .setParameter("keys", keys)
                .getResultList());
    }

    /** Asks about the invoices in chunks of at most 1,000 keys each. */
    private static Set<InvoiceId> invoices(
            Collection<InvoiceId> invoices, java.util.function.Function<List<String>, List<String>> query) {
        Map<String, InvoiceId> byKey = new HashMap<>();
        invoices.forEach(i -> byKey.put(i.toString(), i));
        Set<InvoiceId> found = new HashSet<>();
        List<String> keys = List.copyOf(byKey.keySet());
        for (int i = 0; i < keys.size(); i += CHUNK) {
            query.apply(keys.subList(i, Math.min(keys.size(), i + CHUNK))).forEach(k -> found.add(byKey.get(k)));
        }
        return found;
    }

    @Override
    public void recordSubsidisedPayments(ApplicationId application, BatchCode batch, Collection<PaymentKey> payments) {
        EntityManager em = jpa.em();
        for (PaymentKey key : payments) {
            SubsidisedPaymentJpaEntity.Key id = new SubsidisedPaymentJpaEntity.Key();
            id.orderNo = key.orderNo().value();
            id.paymentRef = key.paymentRef().value();
            SubsidisedPaymentJpaEntity existing = em.find(SubsidisedPaymentJpaEntity.class, id);
            if (existing != null) {
                if (!existing.applicationId.equals(application.toString())) {
                    throw new ConflictException(
                            "ALREADY_SUBSIDISED",
                            "R-BATCH-3",
                            "payment " + key.paymentRef() + " of lease " + key.orderNo()
                                    + " was already subsidised by another application");
                }
                continue;
            }
            SubsidisedPaymentJpaEntity e = new SubsidisedPaymentJpaEntity();
            e.orderNo = id.orderNo;
            e.paymentRef = id.paymentRef;
            e.applicationId = application.toString();
            e.batchCode = batch.value();
            em.persist(e);
        }
    }

    private Set<PaymentKey> subsidisedPayments(Collection<OrderNumber> leases, ApplicationId excluding) {
        if (leases.isEmpty()) {
            return Set.of();
        }
        String jpql = "SELECT s.orderNo, s.paymentRef FROM SubsidisedPaymentJpaEntity s WHERE s.orderNo IN :orders"
                + (excluding == null ? "" : " AND s.applicationId <> :excluding");
        TypedQuery<Object[]> query = jpa.em()
                .createQuery(jpql, Object[].class)
                .setParameter(
                        "orders",
                        leases.stream().map(OrderNumber::value).distinct().toList());
        if (excluding != null) {
            query.setParameter("excluding", excluding.toString());
        }
        Set<PaymentKey> keys = new HashSet<>();
        for (Object[] row : query.getResultList()) {
            keys.add(new PaymentKey(OrderNumber.of((String) row[0]), PaymentRef.of((String) row[1])));
        }
        return keys;
    }

    private Money approvedInYear(UnifiedSocialCreditCode applicant, int fundingYear, BatchCode excluding) {
        BigDecimal sum = jpa.em()
                .createQuery(
                        "SELECT SUM(a.allocatedAmount) FROM ApplicationJpaEntity a, "
                                + "BatchJpaEntity b WHERE b.code = a.batchCode AND a.applicantUscc = :uscc "
                                + "AND a.batchCode <> :excluding AND b.fundingYear = :year AND a.stage IN :granted",
                        BigDecimal.class)
                .setParameter("uscc", applicant.value())
                .setParameter("excluding", excluding.value())
                .setParameter("year", fundingYear)
                .setParameter("granted", ApplicationStages.GRANTED)
                .getSingleResult();
        return sum == null ? Money.ZERO : Money.of(sum);
    }
}
