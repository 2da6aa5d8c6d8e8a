package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.Objects;

/**
 * Figures stored beside an application so that lists filter, sort and page by them in the
 * database: the applicant's name, E and S as last calculated. Refreshed whenever the application
 * or one of its leases changes; the calculation itself is always recomputed for a detail view.
 */
public record ApplicationFigures(String applicantName, Money eligibleExpense, Money subsidy) {

    public ApplicationFigures {
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(eligibleExpense, "eligibleExpense");
        Objects.requireNonNull(subsidy, "subsidy");
    }
}
