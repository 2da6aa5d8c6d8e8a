package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.instant;
import static cn.gov.dongguan.voucher.adapter.persistence.jpa.Mapping.utc;

import cn.gov.dongguan.voucher.domain.batch.AccountingWindow;
import cn.gov.dongguan.voucher.domain.batch.AllocationCommitment;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.BatchPolicy;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;

/** Batch ↔ {@link BatchJpaEntity}. */
final class BatchMapper {

    private BatchMapper() {}

    static void copy(Batch b, BatchJpaEntity e) {
        e.code = b.code().value();
        e.title = b.title();
        e.fundingYear = b.fundingYear();
        e.windowStart = b.window().start();
        e.windowEnd = b.window().end();
        BatchPolicy p = b.policy();
        e.ratio = p.ratio().value();
        e.annualCap = p.annualCap().amount();
        e.minimumPayment = p.minimumPayment().amount();
        e.budget = p.budget().amount();
        e.submissionDeadline = utc(p.submissionDeadline());
        e.noticePeriodDays = p.noticePeriodDays();
        e.resubmitDays = p.resubmitDays();
        e.creditCheckMaxAgeDays = p.creditCheckMaxAgeDays();
        AllocationCommitment a = b.allocation().orElse(null);
        e.allocationMode = a == null ? null : a.mode().name();
        e.allocationCommittedAt = a == null ? null : utc(a.committedAt());
        e.allocationCommittedBy = a == null ? null : a.committedBy();
        e.allocationRatio = a == null ? null : a.ratio().value();
        e.allocationCap = a == null ? null : a.cap().amount();
        e.allocationTotal = a == null ? null : a.total().amount();
    }

    static Batch toDomain(BatchJpaEntity e) {
        BatchPolicy policy = new BatchPolicy(
                new Ratio(e.ratio),
                Money.of(e.annualCap),
                Money.of(e.minimumPayment),
                Money.of(e.budget),
                instant(e.submissionDeadline),
                e.noticePeriodDays,
                e.resubmitDays,
                e.creditCheckMaxAgeDays);
        AllocationCommitment allocation = e.allocationMode == null
                ? null
                : new AllocationCommitment(
                        AllocationMode.valueOf(e.allocationMode),
                        instant(e.allocationCommittedAt),
                        e.allocationCommittedBy,
                        new Ratio(e.allocationRatio),
                        Money.of(e.allocationCap),
                        Money.of(e.allocationTotal));
        return new Batch(
                BatchCode.of(e.code),
                e.title,
                e.fundingYear,
                new AccountingWindow(e.windowStart, e.windowEnd),
                policy,
                allocation);
    }
}
