package cn.gov.dongguan.voucher.domain.eligibility;

import java.util.Optional;

/** One condition of 申报条件, named by its rule ID. */
public interface EligibilityRule {

    String id();

    /** The failure, or empty when the condition holds. */
    Optional<EligibilityFailure> check(EligibilityFacts facts);
}
