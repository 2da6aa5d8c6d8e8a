package cn.gov.dongguan.voucher.domain.lease;

import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Require;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;

/**
 * What the platform says about a lease (its order and contract): domain.md §8. Equal terms are the
 * same push, which makes the platform's PUT idempotent.
 *
 * @param local compute inside the city (市内) or outside (市外); both are eligible
 * @param platformSealed the service proof carries the platform operator's seal (R-CALC-1)
 * @param otherFiscalFunding the lease was already paid for by other fiscal funds (R-CALC-1)
 */
public record LeaseTerms(
        UnifiedSocialCreditCode applicantUscc,
        String contractNo,
        String productName,
        ProductType productType,
        String resourceType,
        BillingMode billingMode,
        int quantity,
        LocalDate start,
        LocalDate end,
        Money contractAmount,
        boolean local,
        Provider provider,
        boolean platformSealed,
        boolean otherFiscalFunding) {

    public LeaseTerms {
        Require.present(applicantUscc, "applicantUscc");
        contractNo = Require.text(contractNo, "contractNo", 64);
        productName = Require.name(productName, "productName", 200);
        Require.present(productType, "productType");
        resourceType = Require.optionalText(resourceType, "resourceType", 100);
        Require.present(billingMode, "billingMode");
        Require.that(quantity >= 1, "quantity", "NOT_POSITIVE", null, "quantity must be at least 1");
        Require.day(start, "start");
        Require.day(end, "end");
        Require.that(!end.isBefore(start), "end", "END_BEFORE_START", null, "the lease cannot end before it starts");
        Require.present(contractAmount, "contractAmount");
        Require.that(
                !contractAmount.isNegative(),
                "contractAmount",
                "NEGATIVE_AMOUNT",
                "R-ID-2",
                "contract amount cannot be negative");
        Require.present(provider, "provider");
    }
}
