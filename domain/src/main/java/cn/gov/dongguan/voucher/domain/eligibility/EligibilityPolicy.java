package cn.gov.dongguan.voucher.domain.eligibility;

import cn.gov.dongguan.voucher.domain.applicant.ApplicantProfile;
import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.lease.Provider;
import cn.gov.dongguan.voucher.domain.reference.CreditList;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The seven conditions of domain.md §5, checked together; every failure is reported. */
public final class EligibilityPolicy {

    /** R-ELIG-1 Registered in Dongguan: division code 4419…, and a town of the table. */
    public static final EligibilityRule REGISTERED_IN_DONGGUAN = rule("R-ELIG-1", facts -> {
        List<Problem> problems = new ArrayList<>();
        UnifiedSocialCreditCode uscc = facts.applicant().uscc();
        if (!uscc.isRegisteredInDongguan()) {
            problems.add(new Problem(
                    "NOT_DONGGUAN_DIVISION",
                    "the credit code's division code " + uscc.divisionCode() + " is not in Dongguan (4419)",
                    uscc.divisionCode()));
        }
        if (!facts.towns().isActive(facts.applicant().profile().town())) {
            problems.add(new Problem(
                    "TOWN_NOT_ACTIVE",
                    "town " + facts.applicant().profile().town() + " is not a town of Dongguan",
                    facts.applicant().profile().town().value()));
        }
        return problems;
    });

    /** R-ELIG-2 Independent legal person: no individual business (92…), and legal-person status declared. */
    public static final EligibilityRule INDEPENDENT_LEGAL_PERSON = rule("R-ELIG-2", facts -> {
        if (facts.applicant().uscc().isIndividualBusiness()) {
            return List.of(new Problem(
                    "INDIVIDUAL_BUSINESS", "an individual business (个体工商户) is no independent legal person"));
        }
        if (!facts.applicant().profile().legalPerson()) {
            return List.of(
                    new Problem("NOT_LEGAL_PERSON", "the applicant does not declare independent legal-person status"));
        }
        return List.of();
    });

    /** R-ELIG-3 A category of R-REF-2. */
    public static final EligibilityRule KNOWN_CATEGORY = rule(
            "R-ELIG-3",
            facts -> facts.applicant().profile().category() == null
                    ? List.of(new Problem("NO_CATEGORY", "the applicant has no category of the programme"))
                    : List.of());

    /** R-ELIG-4 On none of the credit lists, by a recorded look-up. */
    public static final EligibilityRule NOT_EXCLUDED_BY_CREDIT = rule("R-ELIG-4", facts -> {
        Optional<CreditRecord> record = facts.applicant().creditRecord();
        if (record.isEmpty()) {
            return List.of(new Problem("NO_CREDIT_CHECK", "no credit look-up (信用信息查询) is recorded for the applicant"));
        }
        if (!record.get().isClean()) {
            List<String> names = record.get().listedOn().stream()
                    .map(CreditList::name)
                    .sorted()
                    .toList();
            List<String> values = new ArrayList<>();
            values.add(record.get().checkedOn().toString());
            values.addAll(names);
            return List.of(new Problem(
                    "CREDIT_LISTED",
                    "the credit look-up of " + record.get().checkedOn() + " lists the applicant on "
                            + String.join(", ", names),
                    values.toArray(String[]::new)));
        }
        return List.of();
    });

    /** R-ELIG-5 No related-party tie with the platform operator or a provider of a claimed lease. */
    public static final EligibilityRule NO_RELATED_PARTY = rule("R-ELIG-5", facts -> {
        List<Problem> problems = new ArrayList<>();
        ApplicantProfile profile = facts.applicant().profile();
        UnifiedSocialCreditCode self = facts.applicant().uscc();
        if (!profile.declaresNoRelatedParty() || !facts.applicationDeclaresNoRelatedParty()) {
            problems.add(new Problem("NO_RELATED_DECLARATION", "the declaration of no related-party tie is not given"));
        }
        Set<UnifiedSocialCreditCode> ties = profile.relatedParties();
        if (facts.platformOperator() != null
                && (facts.platformOperator().equals(self) || ties.contains(facts.platformOperator()))) {
            problems.add(new Problem(
                    "TIED_TO_OPERATOR",
                    "the applicant is tied to the platform operator " + facts.platformOperator(),
                    facts.platformOperator().value()));
        }
        for (Provider provider : facts.providers()) {
            if (provider.uscc().equals(self)) {
                problems.add(new Problem("SELF_PROVIDER", "the applicant is itself the provider of a claimed lease"));
            } else if (ties.contains(provider.uscc())
                    || provider.relatedParties().contains(self)
                    || facts.providersRelatedParties()
                            .getOrDefault(provider.uscc(), Set.of())
                            .contains(self)) {
                problems.add(new Problem(
                        "TIED_TO_PROVIDER",
                        "the applicant is tied to provider " + provider.uscc() + " (" + provider.name() + ")",
                        provider.uscc().value(),
                        provider.name()));
            }
        }
        return problems.stream().distinct().toList();
    });

    /** R-ELIG-6 Actual payment at least the batch minimum (inclusive). */
    public static final EligibilityRule MINIMUM_PAYMENT = rule(
            "R-ELIG-6",
            facts -> facts.actualPayment().isLessThan(facts.minimumPayment())
                    ? List.of(new Problem(
                            "BELOW_MINIMUM",
                            "the actual payment " + facts.actualPayment() + " is below the minimum "
                                    + facts.minimumPayment(),
                            facts.actualPayment().toString(),
                            facts.minimumPayment().toString()))
                    : List.of());

    /** R-ELIG-7 The authenticity pledge of the legal representative. */
    public static final EligibilityRule AUTHENTICITY_PLEDGE = rule(
            "R-ELIG-7",
            facts -> facts.authenticityPledge()
                    ? List.of()
                    : List.of(new Problem(
                            "NO_PLEDGE", "the legal representative's authenticity pledge (真实性承诺) is not given")));

    public static final List<EligibilityRule> RULES = List.of(
            REGISTERED_IN_DONGGUAN,
            INDEPENDENT_LEGAL_PERSON,
            KNOWN_CATEGORY,
            NOT_EXCLUDED_BY_CREDIT,
            NO_RELATED_PARTY,
            MINIMUM_PAYMENT,
            AUTHENTICITY_PLEDGE);

    private EligibilityPolicy() {}

    public static EligibilityResult evaluate(EligibilityFacts facts) {
        List<EligibilityFailure> failures = new ArrayList<>();
        for (EligibilityRule rule : RULES) {
            rule.check(facts).ifPresent(failures::add);
        }
        return new EligibilityResult(failures);
    }

    /** One reason a rule fails: its code, the English message and the values it names. */
    private record Problem(String code, String message, List<String> values) {

        Problem(String code, String message, String... values) {
            this(code, message, List.of(values));
        }
    }

    private static EligibilityRule rule(String id, java.util.function.Function<EligibilityFacts, List<Problem>> test) {
        return new EligibilityRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<EligibilityFailure> check(EligibilityFacts facts) {
                List<Problem> problems = test.apply(facts);
                if (problems.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new EligibilityFailure(
                        id,
                        String.join(
                                "; ", problems.stream().map(Problem::message).toList()),
                        problems.stream()
                                .map(p -> new EligibilityFailure.Reason(p.code(), p.values()))
                                .toList()));
            }
        };
    }
}
