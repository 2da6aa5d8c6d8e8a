package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

@Embeddable
class InvoiceRow {
    @Column(name = "invoice_key")
    String invoiceKey;

    @Column(name = "invoice_code")
    String invoiceCode;

    @Column(name = "invoice_number")
    String invoiceNumber;

    @Column(name = "issued_on")
    LocalDate issuedOn;

    @Column(name = "amount")
    BigDecimal amount;

    @Column(name = "copy_kind")
    String copyKind;

    @Column(name = "kind")
    String kind;

    @Column(name = "issuer_uscc")
    String issuerUscc;
}
