package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.ApplicationDomain;
import cn.gov.dongguan.voucher.domain.reference.UsagePurpose;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an application claims: project name, the leases, the usage purposes (R-REF-3) and
 * application domains (R-REF-4, at least one), outcomes (R-REF-5) and declarations. {@code OTHER}
 * in purposes or domains needs its text. Leases may still be missing in a draft (R-FLOW-1 checks
 * them at submission).
 */
public record ApplicationContent(
        String projectName,
        List<OrderNumber> leaseOrderNos,
        Set<UsagePurpose> purposes,
        String purposeOther,
        Set<ApplicationDomain> domains,
        String domainOther,
        Outcomes outcomes,
        Declarations declarations) {

    public ApplicationContent {
        projectName = Require.name(projectName, "projectName", 200);
        leaseOrderNos = List.copyOf(new LinkedHashSet<>(
                Require.noNulls(leaseOrderNos == null ? List.of() : leaseOrderNos, "leaseOrderNos")));
        Require.that(
                leaseOrderNos.size() <= 100,
                "leaseOrderNos",
                "TOO_MANY",
                null,
                "an application claims at most 100 leases");
        Require.that(
                purposes != null && !purposes.isEmpty(),
                "purposes",
                "REQUIRED",
                "R-REF-3",
                "at least one usage purpose is required");
        purposes = Set.copyOf(EnumSet.copyOf(Require.noNulls(purposes, "purposes")));
        purposeOther = Require.optionalText(purposeOther, "purposeOther", 200);
        Require.that(
                !purposes.contains(UsagePurpose.OTHER) || purposeOther != null,
                "purposeOther",
                "REQUIRED",
                "R-REF-3",
                "the purpose OTHER needs a text");
        Require.that(
                domains != null && !domains.isEmpty(),
                "domains",
                "REQUIRED",
                "R-REF-4",
                "at least one application domain is required");
        domains = Set.copyOf(EnumSet.copyOf(Require.noNulls(domains, "domains")));
        domainOther = Require.optionalText(domainOther, "domainOther", 200);
        Require.that(
                !domains.contains(ApplicationDomain.OTHER) || domainOther != null,
                "domainOther",
                "REQUIRED",
                "R-REF-4",
                "the domain OTHER needs a text");
        outcomes = outcomes == null ? Outcomes.NONE : outcomes;
        declarations = declarations == null ? Declarations.NONE : declarations;
    }
}
