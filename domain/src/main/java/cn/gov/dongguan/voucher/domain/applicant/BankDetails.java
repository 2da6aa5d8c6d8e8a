package cn.gov.dongguan.voucher.domain.applicant;

import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.Require;

/** The applicant's own account (开户许可证) into which the subsidy is paid. */
public record BankDetails(String accountName, String bankName, BankAccountNumber accountNumber) {

    public BankDetails {
        accountName = Require.text(accountName, "bank.accountName", 200);
        bankName = Require.text(bankName, "bank.bankName", 200);
        Require.present(accountNumber, "bank.accountNumber");
    }
}
