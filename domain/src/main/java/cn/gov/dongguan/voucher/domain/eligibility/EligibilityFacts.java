package cn.gov.dongguan.voucher.domain.eligibility;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.lease.Provider;
import cn.gov.dongguan.voucher.domain.reference.TownDirectory;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What eligibility is decided on, gathered by the caller.
 *
 * @param providers the providers of the leases claimed
 * @param providersRelatedParties related parties each provider has declared as a registered applicant, where it is
 *     one (R-ELIG-5); the ties a provider declares on the lease are on the {@link Provider} itself
 * @param platformOperator the platform operator's code, where configured (R-ELIG-5)
 * @param actualPayment Σ of the application's payments that count under R-CALC-1 and R-CALC-2 (R-ELIG-6)
 * @param authenticityPledge the legal representative's pledge on the application (R-ELIG-7)
 * @param applicationDeclaresNoRelatedParty the application's own declaration of no related-party tie (R-ELIG-5)
 */
public record EligibilityFacts(
        Applicant applicant,
        TownDirectory towns,
        List<Provider> providers,
        Map<UnifiedSocialCreditCode, Set<UnifiedSocialCreditCode>> providersRelatedParties,
        UnifiedSocialCreditCode platformOperator,
        Money actualPayment,
        Money minimumPayment,
        boolean authenticityPledge,
        boolean applicationDeclaresNoRelatedParty) {

    public EligibilityFacts {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(towns, "towns");
        providers = List.copyOf(providers);
        providersRelatedParties = Map.copyOf(providersRelatedParties == null ? Map.of() : providersRelatedParties);
        Objects.requireNonNull(actualPayment, "actualPayment");
        Objects.requireNonNull(minimumPayment, "minimumPayment");
    }
}
