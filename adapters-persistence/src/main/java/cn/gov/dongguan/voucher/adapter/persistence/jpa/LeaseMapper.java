package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.domain.lease.BillingMode;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.InvoiceCopy;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.InvoiceKind;
import cn.gov.dongguan.voucher.domain.lease.LeaseTerms;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Payment;
import cn.gov.dongguan.voucher.domain.lease.PaymentMethod;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.lease.ProductType;
import cn.gov.dongguan.voucher.domain.lease.Provider;
import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/** ComputeLease ↔ {@link LeaseJpaEntity}. */
final class LeaseMapper {

    private LeaseMapper() {}

    static void copy(ComputeLease lease, LeaseJpaEntity e) {
        LeaseTerms t = lease.terms();
        e.orderNo = lease.orderNo().value();
        e.applicantUscc = t.applicantUscc().value();
        e.contractNo = t.contractNo();
        e.productName = t.productName();
        e.productType = t.productType().name();
        e.resourceType = t.resourceType();
        e.billingMode = t.billingMode().name();
        e.quantity = t.quantity();
        e.startDate = t.start();
        e.endDate = t.end();
        e.contractAmount = t.contractAmount().amount();
        e.localCompute = t.local();
        e.providerName = t.provider().name();
        e.providerUscc = t.provider().uscc().value();
        e.providerBankName = t.provider().bankName();
        e.providerAccountNumber = t.provider().accountNumber().value();
        e.providerRelatedParties.clear();
        t.provider().relatedParties().forEach(r -> e.providerRelatedParties.add(r.value()));
        e.platformSealed = t.platformSealed();
        e.otherFiscalFunding = t.otherFiscalFunding();
        e.payments.clear();
        for (Payment p : lease.payments()) {
            PaymentRow row = new PaymentRow();
            row.paymentRef = p.ref().value();
            row.paidOn = p.paidOn();
            row.amount = p.amount().amount();
            row.method = p.method().name();
            row.payerAccount =
                    p.payerAccount() == null ? null : p.payerAccount().value();
            row.payeeAccount = p.payeeAccount().value();
            e.payments.add(row);
        }
        e.invoices.clear();
        for (Invoice i : lease.invoices()) {
            InvoiceRow row = new InvoiceRow();
            row.invoiceKey = i.id().toString();
            row.invoiceCode = i.id().code();
            row.invoiceNumber = i.id().number();
            row.issuedOn = i.issuedOn();
            row.amount = i.amount().amount();
            row.copyKind = i.copy().name();
            row.kind = i.kind().name();
            row.issuerUscc = i.issuerUscc() == null ? null : i.issuerUscc().value();
            e.invoices.add(row);
        }
    }

    static ComputeLease toDomain(LeaseJpaEntity e) {
        LeaseTerms terms = new LeaseTerms(
                UnifiedSocialCreditCode.of(e.applicantUscc),
                e.contractNo,
                e.productName,
                ProductType.valueOf(e.productType),
                e.resourceType,
                BillingMode.valueOf(e.billingMode),
                e.quantity,
                e.startDate,
                e.endDate,
                Money.of(e.contractAmount),
                e.localCompute,
                new Provider(
                        e.providerName,
                        UnifiedSocialCreditCode.of(e.providerUscc),
                        e.providerBankName,
                        BankAccountNumber.of(e.providerAccountNumber),
                        e.providerRelatedParties.stream()
                                .map(UnifiedSocialCreditCode::of)
                                .collect(java.util.stream.Collectors.toSet())),
                e.platformSealed,
                e.otherFiscalFunding);
        return new ComputeLease(
                OrderNumber.of(e.orderNo),
                terms,
                e.payments.stream()
                        .map(p -> new Payment(
                                PaymentRef.of(p.paymentRef),
                                p.paidOn,
                                Money.of(p.amount),
                                PaymentMethod.valueOf(p.method),
                                p.payerAccount == null ? null : BankAccountNumber.of(p.payerAccount),
                                BankAccountNumber.of(p.payeeAccount)))
                        .toList(),
                e.invoices.stream()
                        .map(i -> new Invoice(
                                InvoiceId.of(i.invoiceCode, i.invoiceNumber),
                                i.issuedOn,
                                Money.of(i.amount),
                                InvoiceCopy.valueOf(i.copyKind),
                                InvoiceKind.valueOf(i.kind),
                                i.issuerUscc == null ? null : UnifiedSocialCreditCode.of(i.issuerUscc)))
                        .toList());
    }
}
