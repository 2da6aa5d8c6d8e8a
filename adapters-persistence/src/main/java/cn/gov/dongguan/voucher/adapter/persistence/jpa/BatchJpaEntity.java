package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Table(name = "batch")
class BatchJpaEntity {
    @Id
    @Column(name = "code")
    String code;

    @Column(name = "title")
    String title;

    @Column(name = "funding_year")
    int fundingYear;

    @Column(name = "window_start")
    LocalDate windowStart;

    @Column(name = "window_end")
    LocalDate windowEnd;

    @Column(name = "ratio")
    BigDecimal ratio;

    @Column(name = "annual_cap")
    BigDecimal annualCap;

    @Column(name = "minimum_payment")
    BigDecimal minimumPayment;

    @Column(name = "budget")
    BigDecimal budget;

    @Column(name = "submission_deadline")
    OffsetDateTime submissionDeadline;

    @Column(name = "notice_period_days")
    int noticePeriodDays;

    @Column(name = "resubmit_days")
    int resubmitDays;

    @Column(name = "credit_check_max_age_days")
    int creditCheckMaxAgeDays;

    @Column(name = "allocation_mode")
    String allocationMode;

    @Column(name = "allocation_committed_at")
    OffsetDateTime allocationCommittedAt;

    @Column(name = "allocation_committed_by")
    String allocationCommittedBy;

    @Column(name = "allocation_ratio")
    BigDecimal allocationRatio;

    @Column(name = "allocation_cap")
    BigDecimal allocationCap;

    @Column(name = "allocation_total")
    BigDecimal allocationTotal;

    @Version
    @Column(name = "version")
    long version;
}
