package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A compute lease (算力租赁合同/订单) with its payments and invoices, keyed by the platform's order
 * number. Writes are idempotent by natural key; once the lease is claimed by an application past
 * {@code DRAFT} ({@code locked}), a write that would change anything is a conflict, not an overwrite.
 */
public final class ComputeLease {

    private final OrderNumber orderNo;
    private LeaseTerms terms;
    private final Map<PaymentRef, Payment> payments = new LinkedHashMap<>();
    private final Map<InvoiceId, Invoice> invoices = new LinkedHashMap<>();

    public ComputeLease(OrderNumber orderNo, LeaseTerms terms, List<Payment> payments, List<Invoice> invoices) {
        this.orderNo = Objects.requireNonNull(orderNo, "orderNo");
        this.terms = Require.present(terms, "terms");
        payments.forEach(p -> this.payments.put(p.ref(), p));
        invoices.forEach(i -> this.invoices.put(i.id(), i));
    }

    public static ComputeLease place(OrderNumber orderNo, LeaseTerms terms) {
        return new ComputeLease(orderNo, terms, List.of(), List.of());
    }

    /** Replaces the terms. The applicant of a lease never changes. */
    public Upsert revise(LeaseTerms newTerms, boolean locked) {
        if (newTerms.equals(terms)) {
            return Upsert.UNCHANGED;
        }
        refuseIfLocked(locked, "lease " + orderNo);
        if (!newTerms.applicantUscc().equals(terms.applicantUscc())) {
            throw new ConflictException(
                    "LEASE_APPLICANT_CHANGED", null, "lease " + orderNo + " belongs to another applicant");
        }
        terms = newTerms;
        return Upsert.UPDATED;
    }

    public Upsert recordPayment(Payment payment, boolean locked) {
        Payment old = payments.get(payment.ref());
        if (payment.equals(old)) {
            return Upsert.UNCHANGED;
        }
        if (old != null) {
            refuseIfLocked(locked, "payment " + payment.ref());
        }
        payments.put(payment.ref(), payment);
        return old == null ? Upsert.CREATED : Upsert.UPDATED;
    }

    public Upsert recordInvoice(Invoice invoice, boolean locked) {
        Invoice old = invoices.get(invoice.id());
        if (invoice.equals(old)) {
            return Upsert.UNCHANGED;
        }
        if (old != null) {
            refuseIfLocked(locked, "invoice " + invoice.id());
        }
        invoices.put(invoice.id(), invoice);
        return old == null ? Upsert.CREATED : Upsert.UPDATED;
    }

    private static void refuseIfLocked(boolean locked, String what) {
        if (locked) {
            throw new ConflictException(
                    "IN_USE",
                    null,
                    what + " is claimed by an application under review; a different body for it is refused");
        }
    }

    /** The lease counts only if placed through the platform with the operator's seal (R-CALC-1). */
    public boolean isPlatformConfirmed() {
        return terms.platformSealed();
    }

    public OrderNumber orderNo() {
        return orderNo;
    }

    public LeaseTerms terms() {
        return terms;
    }

    public List<Payment> payments() {
        return List.copyOf(payments.values());
    }

    public List<Invoice> invoices() {
        return List.copyOf(invoices.values());
    }

    public Optional<Payment> payment(PaymentRef ref) {
        return Optional.ofNullable(payments.get(ref));
    }

    public Optional<Invoice> invoice(InvoiceId id) {
        return Optional.ofNullable(invoices.get(id));
    }
}
