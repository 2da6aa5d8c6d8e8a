package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

@Embeddable
class PaymentRow {
    @Column(name = "payment_ref")
    String paymentRef;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Column(name = "amount")
    BigDecimal amount;

    @Column(name = "method")
    String method;

    @Column(name = "payer_account")
    String payerAccount;

    @Column(name = "payee_account")
    String payeeAccount;
}
