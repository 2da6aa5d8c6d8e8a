package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;

/**
 * One invoice of a lease. A normal invoice has a positive amount; a red-letter (credit) invoice a
 * negative one, which reduces the invoiced sum when it counts (R-CALC-3, R-ID-2).
 */
public record Invoice(
        InvoiceId id,
        LocalDate issuedOn,
        Money amount,
        InvoiceCopy copy,
        InvoiceKind kind,
        UnifiedSocialCreditCode issuerUscc) {

    public Invoice {
        Require.present(id, "invoiceNo");
        Require.day(issuedOn, "issuedOn");
        Require.present(amount, "amount");
        Require.present(copy, "copy");
        Require.present(kind, "kind");
        if (kind == InvoiceKind.NORMAL) {
            Require.that(
                    amount.isPositive(),
                    "amount",
                    "NOT_POSITIVE",
                    "R-CALC-3",
                    "a normal invoice has a positive amount");
        } else {
            Require.that(
                    amount.isNegative(),
                    "amount",
                    "RED_LETTER_NOT_NEGATIVE",
                    "R-CALC-3",
                    "a red-letter invoice has a negative amount");
        }
    }
}
