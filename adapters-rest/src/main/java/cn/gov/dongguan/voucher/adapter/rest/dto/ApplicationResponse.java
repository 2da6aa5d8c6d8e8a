package cn.gov.dongguan.voucher.adapter.rest.dto;

import cn.gov.dongguan.voucher.application.port.in.ApplicationDetails;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import java.util.List;

/** An application as {@code GET /applications/{id}} shows it; {@code ETag} is its version. */
public record ApplicationResponse(
        String id,
        String batch,
        ApplicantSummary applicant,
        String projectName,
        List<String> leaseOrderNos,
        List<String> purposes,
        String purposeOther,
        List<String> domains,
        String domainOther,
        Outcomes outcomes,
        Declarations declarations,
        String stage,
        long version,
        String createdAt,
        String submittedAt,
        String returnDeadline,
        List<String> returnItems,
        Eligibility eligibility,
        String eligibleExpense,
        String verifiedAmount,
        String subsidy,
        String allocatedAmount,
        List<String> flags,
        List<MaterialResponse> materials,
        List<HistoryEntry> history,
        List<String> availableActions) {

    /** Who applies. */
    public record ApplicantSummary(String uscc, String name, String town, String category) {}

    /** 算力应用成果. */
    public record Outcomes(String modelIncubation, String majorProject, String other) {}

    /** The declarations of the form. */
    public record Declarations(boolean authenticityPledge, boolean noRelatedParty, boolean noOtherFiscalFunding) {}

    /** Eligibility with every failed rule. */
    public record Eligibility(boolean eligible, List<Failure> failures) {}

    /** One failed rule. */
    public record Failure(String rule, String message) {}

    /** A filed material. */
    public record MaterialResponse(String type, String fileName, long size, String sha256, String uploadedAt) {}

    /** One entry of the review history. */
    public record HistoryEntry(
            int seq,
            String at,
            String from,
            String to,
            String action,
            String role,
            String reason,
            List<String> returnItems,
            String hash) {}

    public static ApplicationResponse from(ApplicationDetails d) {
        Application a = d.application();
        var c = a.content();
        return new ApplicationResponse(
                a.id().toString(),
                a.batch().value(),
                new ApplicantSummary(
                        a.applicantUscc().value(),
                        d.applicant().profile().name(),
                        a.town().value(),
                        a.category().name()),
                c.projectName(),
                c.leaseOrderNos().stream().map(OrderNumber::value).toList(),
                c.purposes().stream().map(Enum::name).sorted().toList(),
                c.purposeOther(),
                c.domains().stream().map(Enum::name).sorted().toList(),
                c.domainOther(),
                new Outcomes(
                        c.outcomes().modelIncubation(),
                        c.outcomes().majorProject(),
                        c.outcomes().other()),
                new Declarations(
                        c.declarations().authenticityPledge(),
                        c.declarations().noRelatedParty(),
                        c.declarations().noOtherFiscalFunding()),
                d.stage().name(),
                a.version(),
                Wire.instant(a.createdAt()),
                Wire.instant(a.submittedAt().orElse(null)),
                Wire.instant(a.returnDeadline().orElse(null)),
                a.returnItems().stream().map(Enum::name).toList(),
                new Eligibility(
                        d.eligibility().eligible(),
                        d.eligibility().failures().stream()
                                .map(f -> new Failure(f.rule(), f.message()))
                                .toList()),
                Wire.money(d.calculation().eligibleExpense()),
                Wire.money(a.verifiedAmount().orElse(null)),
                Wire.money(d.calculation().subsidy()),
                Wire.money(a.allocatedAmount().orElse(null)),
                d.flags().stream().map(Enum::name).sorted().toList(),
                a.materials().stream()
                        .map(m -> new MaterialResponse(
                                m.type().name(), m.fileName(), m.size(), m.sha256(), Wire.instant(m.uploadedAt())))
                        .toList(),
                a.history().records().stream()
                        .map(r -> new HistoryEntry(
                                r.seq(),
                                Wire.instant(r.at()),
                                Wire.code(r.from()),
                                r.to().name(),
                                r.action().name(),
                                r.role().code(),
                                r.reason(),
                                r.returnItems().stream().map(Enum::name).toList(),
                                r.hash()))
                        .toList(),
                d.availableActions().stream().map(Enum::name).toList());
    }
}
