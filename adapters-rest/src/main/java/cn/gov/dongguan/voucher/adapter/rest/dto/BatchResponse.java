package cn.gov.dongguan.voucher.adapter.rest.dto;

import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;

/** A batch as {@code GET /batches/{code}} shows it. */
public record BatchResponse(
        String code,
        String title,
        int fundingYear,
        String windowStart,
        String windowEnd,
        String submissionDeadline,
        String ratio,
        String annualCap,
        String minimumPayment,
        String budget,
        int noticePeriodDays,
        int resubmitDays,
        int creditCheckMaxAgeDays,
        Allocation allocation) {

    /** The committed allocation, or {@code null}. */
    public record Allocation(String mode, String committedAt, String ratio, String cap, String total) {}

    public static BatchResponse from(Batch b) {
        BatchPolicy p = b.policy();
        return new BatchResponse(
                b.code().value(),
                b.title(),
                b.fundingYear(),
                Wire.date(b.window().start()),
                Wire.date(b.window().end()),
                Wire.instant(p.submissionDeadline()),
                p.ratio().toString(),
                Wire.money(p.annualCap()),
                Wire.money(p.minimumPayment()),
                Wire.money(p.budget()),
                p.noticePeriodDays(),
                p.resubmitDays(),
                p.creditCheckMaxAgeDays(),
                b.allocation()
                        .map(a -> new Allocation(
                                a.mode().name(),
                                Wire.instant(a.committedAt()),
                                a.ratio().toString(),
                                Wire.money(a.cap()),
                                Wire.money(a.total())))
                        .orElse(null));
    }
}
