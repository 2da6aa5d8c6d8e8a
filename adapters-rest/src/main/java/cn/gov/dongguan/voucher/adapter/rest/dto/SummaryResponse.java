package cn.gov.dongguan.voucher.adapter.rest.dto;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;

/** One row of {@code GET /applications}. */
public record SummaryResponse(
        String id,
        String batch,
        String applicantUscc,
        String applicantName,
        String town,
        String category,
        String projectName,
        String stage,
        long version,
        String createdAt,
        String updatedAt,
        String submittedAt,
        String returnDeadline,
        String eligibleExpense,
        String subsidy,
        String allocatedAmount,
        boolean applicantDisqualified,
        boolean monitoringOverdue) {

    public static SummaryResponse from(ApplicationSummary s) {
        return new SummaryResponse(
                s.id().toString(),
                s.batch().value(),
                s.uscc().value(),
                s.applicantName(),
                s.town().value(),
                s.category().name(),
                s.projectName(),
                s.stage().name(),
                s.version(),
                Wire.instant(s.createdAt()),
                Wire.instant(s.updatedAt()),
                Wire.instant(s.submittedAt()),
                Wire.instant(s.returnDeadline()),
                Wire.money(s.eligibleExpense()),
                Wire.money(s.subsidy()),
                Wire.money(s.allocatedAmount()),
                s.applicantDisqualified(),
                s.monitoringOverdue());
    }
}
