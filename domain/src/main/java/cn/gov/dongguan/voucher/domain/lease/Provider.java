package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.BankAccountNumber;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.Set;

/**
 * The compute provider of a lease and the account designated in the contract, the only payee
 * whose payments count (R-CALC-2, guide §七(一)).
 */
public record Provider(
        String name,
        UnifiedSocialCreditCode uscc,
        String bankName,
        BankAccountNumber accountNumber,
        Set<UnifiedSocialCreditCode> relatedParties) {

    /** A provider that declares no related party. */
    public Provider(String name, UnifiedSocialCreditCode uscc, String bankName, BankAccountNumber accountNumber) {
        this(name, uscc, bankName, accountNumber, Set.of());
    }

    public Provider {
        relatedParties = relatedParties == null ? Set.of() : Set.copyOf(relatedParties);
        name = Require.name(name, "provider.name", 200);
        Require.present(uscc, "provider.uscc");
        bankName = Require.optionalText(bankName, "provider.bankName", 200);
        Require.present(accountNumber, "provider.accountNumber");
    }
}
