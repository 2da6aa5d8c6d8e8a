package cn.gov.dongguan.voucher.domain.eligibility;

import static cn.gov.dongguan.voucher.domain.DomainFixtures.DONGCHENG;
import static cn.gov.dongguan.voucher.domain.DomainFixtures.dongguanEnterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.reference.TownDirectory;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-ELIG-1..7: each condition of 申报条件, reported with its rule ID. */
class EligibilityPolicyTest {

    static final Money MINIMUM = Money.of("50000.00");

    static EligibilityFacts facts(Applicant applicant, Money actualPayment) {
        return new EligibilityFacts(
                applicant,
                TownDirectory.dongguan(),
                List.of(DomainFixtures.provider()),
                Map.of(),
                null,
                actualPayment,
                MINIMUM,
                true,
                true);
    }

    static Applicant withProfile(UnifiedSocialCreditCode uscc, ApplicantProfile profile) {
        Applicant applicant = Applicant.register(uscc, profile);
        applicant.recordCreditCheck(new CreditRecord(LocalDate.of(2025, 11, 1), Set.of()));
        return applicant;
    }

    static ApplicantProfile profile(
            TownCode town, boolean legalPerson, Set<UnifiedSocialCreditCode> ties, boolean declaresNone) {
        ApplicantProfile p = DomainFixtures.profile(town, ApplicantCategory.MANUFACTURING);
        return new ApplicantProfile(
                p.name(),
                p.category(),
                p.town(),
                p.registrationType(),
                p.address(),
                legalPerson,
                p.legalRepresentative(),
                p.contact(),
                p.bank(),
                ties,
                declaresNone);
    }

    @Test
    void an_eligible_applicant_passes_every_rule() {
        EligibilityResult result = EligibilityPolicy.evaluate(
                facts(DomainFixtures.applicant(dongguanEnterprise(1)), Money.of("100000.00")));
        assertThat(result.eligible()).isTrue();
        assertThat(EligibilityPolicy.RULES)
                .extracting(EligibilityRule::id)
                .containsExactly("R-ELIG-1", "R-ELIG-2", "R-ELIG-3", "R-ELIG-4", "R-ELIG-5", "R-ELIG-6", "R-ELIG-7");
    }

    @Test
    @Tag("R-ELIG-1")
    void r_elig_1_a_code_registered_outside_dongguan_fails() {
        Applicant shenzhen = DomainFixtures.applicant(DomainFixtures.shenzhenProvider(9));
        EligibilityResult result = EligibilityPolicy.evaluate(facts(shenzhen, Money.of("100000.00")));
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("R-ELIG-1");
            assertThat(f.message()).contains("440300");
        });
    }

    @Test
    @Tag("R-ELIG-1")
    void r_elig_1_a_town_outside_the_table_fails() {
        Applicant applicant = withProfile(dongguanEnterprise(1), profile(TownCode.of("FUTIAN"), true, Set.of(), true));
        assertThat(EligibilityPolicy.evaluate(facts(applicant, Money.of("100000.00")))
                        .failed("R-ELIG-1"))
                .isTrue();
    }

    @Test
    @Tag("R-ELIG-2")
    void r_elig_2_an_individual_business_or_a_missing_legal_person_declaration_fails() {
        Applicant individual = DomainFixtures.applicant(DomainFixtures.uscc("92441900MA4W00001"));
        assertThat(EligibilityPolicy.evaluate(facts(individual, Money.of("100000.00")))
                        .failures())
                .extracting(EligibilityFailure::rule)
                .containsExactly("R-ELIG-2");
        Applicant undeclared = withProfile(dongguanEnterprise(1), profile(DONGCHENG, false, Set.of(), true));
        assertThat(EligibilityPolicy.evaluate(facts(undeclared, Money.of("100000.00")))
                        .failures())
                .extracting(EligibilityFailure::rule)
                .containsExactly("R-ELIG-2");
    }

    @Test
    @Tag("R-ELIG-3")
    void r_elig_3_every_registered_applicant_has_a_category_of_the_programme() {
        // The category is an enum of R-REF-2 and required by the profile, so R-ELIG-3 holds by construction.
        assertThat(EligibilityPolicy.KNOWN_CATEGORY.check(
                        facts(DomainFixtures.applicant(dongguanEnterprise(1)), Money.of("100000.00"))))
                .isEmpty();
    }

    @Test
    @Tag("R-ELIG-4")
    void r_elig_4_a_listing_or_a_missing_credit_look_up_fails() {
        Applicant listed = DomainFixtures.applicant(dongguanEnterprise(1));
        listed.recordCreditCheck(new CreditRecord(LocalDate.of(2025, 11, 2), Set.of(CreditList.MAJOR_TAX_VIOLATION)));
        assertThat(EligibilityPolicy.evaluate(facts(listed, Money.of("100000.00")))
                        .failures())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("R-ELIG-4");
                    assertThat(f.message()).contains("MAJOR_TAX_VIOLATION").contains("2025-11-02");
                });
        Applicant unchecked = Applicant.register(
                dongguanEnterprise(2), DomainFixtures.profile(DONGCHENG, ApplicantCategory.SOFTWARE_IT));
        assertThat(EligibilityPolicy.evaluate(facts(unchecked, Money.of("100000.00")))
                        .failed("R-ELIG-4"))
                .isTrue();
    }

    @Test
    @Tag("R-ELIG-5")
    void r_elig_5_a_tie_the_provider_declares_on_the_lease_fails() {
        Applicant clean = DomainFixtures.applicant(dongguanEnterprise(1));
        var p = DomainFixtures.provider();
        var declaring = new cn.gov.dongguan.voucher.domain.lease.Provider(
                p.name(), p.uscc(), p.bankName(), p.accountNumber(), Set.of(clean.uscc()));
        EligibilityFacts facts = new EligibilityFacts(
                clean,
                TownDirectory.dongguan(),
                List.of(declaring),
                Map.of(),
                null,
                Money.of("100000.00"),
                MINIMUM,
                true,
                true);
        assertThat(EligibilityPolicy.evaluate(facts).failures()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("R-ELIG-5");
            assertThat(f.message()).contains(p.uscc().value());
        });
        var other = new cn.gov.dongguan.voucher.domain.lease.Provider(
                p.name(), p.uscc(), p.bankName(), p.accountNumber(), Set.of(dongguanEnterprise(2)));
        assertThat(EligibilityPolicy.evaluate(new EligibilityFacts(
                                clean,
                                TownDirectory.dongguan(),
                                List.of(other),
                                Map.of(),
                                null,
                                Money.of("100000.00"),
                                MINIMUM,
                                true,
                                true))
                        .eligible())
                .isTrue();
    }

    @Test
    @Tag("R-ELIG-5")
    void r_elig_5_a_tie_with_a_provider_or_the_platform_operator_fails() {
        UnifiedSocialCreditCode provider = DomainFixtures.provider().uscc();
        Applicant tied = withProfile(dongguanEnterprise(1), profile(DONGCHENG, true, Set.of(provider), true));
        assertThat(EligibilityPolicy.evaluate(facts(tied, Money.of("100000.00")))
                        .failed("R-ELIG-5"))
                .isTrue();

        Applicant undeclared = withProfile(dongguanEnterprise(1), profile(DONGCHENG, true, Set.of(), false));
        assertThat(EligibilityPolicy.evaluate(facts(undeclared, Money.of("100000.00")))
                        .failed("R-ELIG-5"))
                .isTrue();

        Applicant clean = DomainFixtures.applicant(dongguanEnterprise(1));
        EligibilityFacts providerDeclaresTie = new EligibilityFacts(
                clean,
                TownDirectory.dongguan(),
                List.of(DomainFixtures.provider()),
                Map.of(provider, Set.of(clean.uscc())),
                null,
                Money.of("100000.00"),
                MINIMUM,
                true,
                true);
        assertThat(EligibilityPolicy.evaluate(providerDeclaresTie).failed("R-ELIG-5"))
                .isTrue();

        UnifiedSocialCreditCode operator = DomainFixtures.shenzhenProvider(77);
        Applicant operatorTie = withProfile(dongguanEnterprise(1), profile(DONGCHENG, true, Set.of(operator), true));
        EligibilityFacts withOperator = new EligibilityFacts(
                operatorTie,
                TownDirectory.dongguan(),
                List.of(DomainFixtures.provider()),
                Map.of(),
                operator,
                Money.of("100000.00"),
                MINIMUM,
                true,
                true);
        assertThat(EligibilityPolicy.evaluate(withOperator).failed("R-ELIG-5")).isTrue();

        EligibilityFacts applicationUndeclared = new EligibilityFacts(
                clean,
                TownDirectory.dongguan(),
                List.of(DomainFixtures.provider()),
                Map.of(),
                null,
                Money.of("100000.00"),
                MINIMUM,
                true,
                false);
        assertThat(EligibilityPolicy.evaluate(applicationUndeclared).failed("R-ELIG-5"))
                .isTrue();
    }

    @Test
    @Tag("R-ELIG-5")
    void r_elig_5_the_applicant_as_its_own_provider_fails() {
        UnifiedSocialCreditCode self = DomainFixtures.shenzhenProvider(1);
        Applicant applicant = withProfile(self, profile(DONGCHENG, true, Set.of(), true));
        assertThat(EligibilityPolicy.evaluate(facts(applicant, Money.of("100000.00")))
                        .failures())
                .extracting(EligibilityFailure::rule)
                .contains("R-ELIG-5");
    }

    @Test
    @Tag("R-ELIG-6")
    void r_elig_6_the_minimum_actual_payment_is_inclusive() {
        Applicant applicant = DomainFixtures.applicant(dongguanEnterprise(1));
        assertThat(EligibilityPolicy.evaluate(facts(applicant, Money.of("50000.00")))
                        .eligible())
                .isTrue();
        EligibilityResult below = EligibilityPolicy.evaluate(facts(applicant, Money.of("49999.99")));
        assertThat(below.failures()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("R-ELIG-6");
            assertThat(f.message()).contains("49999.99").contains("50000.00");
            // coded, with the figures, for the pages to word
            assertThat(f.reasons())
                    .containsExactly(new EligibilityFailure.Reason("BELOW_MINIMUM", List.of("49999.99", "50000.00")));
        });
    }

    @Test
    @Tag("R-ELIG-7")
    void r_elig_7_the_authenticity_pledge_is_required() {
        Applicant applicant = DomainFixtures.applicant(dongguanEnterprise(1));
        EligibilityFacts noPledge = new EligibilityFacts(
                applicant,
                TownDirectory.dongguan(),
                List.of(DomainFixtures.provider()),
                Map.of(),
                null,
                Money.of("100000.00"),
                MINIMUM,
                false,
                true);
        assertThat(EligibilityPolicy.evaluate(noPledge).failures())
                .extracting(EligibilityFailure::rule)
                .containsExactly("R-ELIG-7");
    }

    @Test
    void every_failure_is_reported_not_only_the_first() {
        Applicant applicant =
                Applicant.register(DomainFixtures.shenzhenProvider(5), profile(DONGCHENG, false, Set.of(), false));
        EligibilityFacts all = new EligibilityFacts(
                applicant,
                TownDirectory.dongguan(),
                List.of(DomainFixtures.provider()),
                Map.of(),
                null,
                Money.of("100.00"),
                MINIMUM,
                false,
                false);
        assertThat(EligibilityPolicy.evaluate(all).failures())
                .extracting(EligibilityFailure::rule)
                .containsExactly("R-ELIG-1", "R-ELIG-2", "R-ELIG-4", "R-ELIG-5", "R-ELIG-6", "R-ELIG-7");
    }
}
