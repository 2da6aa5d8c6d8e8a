package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.LocalDate;

/**
 * One payment for a lease (银行付款证明). Its amount is positive: a payment type that means a refund
 * does not exist in the contract, so a negative payment is refused (R-ID-2).
 */
public record Payment(
        PaymentRef ref,
        LocalDate paidOn,
        Money amount,
        PaymentMethod method,
        BankAccountNumber payerAccount,
        BankAccountNumber payeeAccount) {

    public Payment {
        Require.present(ref, "paymentRef");
        Require.day(paidOn, "paidOn");
        Require.present(amount, "amount");
        Require.that(amount.isPositive(), "amount", "NOT_POSITIVE", "R-ID-2", "a payment amount must be positive");
        Require.present(method, "method");
        Require.present(payeeAccount, "payeeAccount");
    }
}
