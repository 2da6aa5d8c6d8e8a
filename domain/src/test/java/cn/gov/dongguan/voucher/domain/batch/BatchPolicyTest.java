package cn.gov.dongguan.voucher.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-BATCH-1..2: a batch, its policy, and when it may change. */
class BatchPolicyTest {

    private final Batch batch = DomainFixtures.batch2025();

    @Test
    @Tag("R-BATCH-1")
    void r_batch_1_the_first_batch_has_the_values_of_the_notice() {
        assertThat(batch.code().value()).isEqualTo("2025-1");
        assertThat(batch.title()).isEqualTo("2025年第一批");
        assertThat(batch.fundingYear()).isEqualTo(2025);
        assertThat(batch.window())
                .isEqualTo(new AccountingWindow(LocalDate.of(2024, 4, 23), LocalDate.of(2025, 10, 31)));
        BatchPolicy p = batch.policy();
        assertThat(p.ratio().toString()).isEqualTo("0.50");
        assertThat(p.annualCap()).isEqualTo(Money.of("1000000.00"));
        assertThat(p.minimumPayment()).isEqualTo(Money.of("50000.00"));
        assertThat(p.noticePeriodDays()).isEqualTo(7);
        assertThat(p.resubmitDays()).isEqualTo(5);
        assertThat(p.submissionDeadline()).isEqualTo(Instant.parse("2025-11-15T15:59:59Z"));
    }

    @Test
    @Tag("R-BATCH-1")
    void r_batch_1_the_window_is_inclusive_at_both_ends() {
        assertThat(batch.window().contains(LocalDate.of(2024, 4, 23))).isTrue();
        assertThat(batch.window().contains(LocalDate.of(2025, 10, 31))).isTrue();
        assertThat(batch.window().contains(LocalDate.of(2024, 4, 22))).isFalse();
        assertThat(batch.window().contains(LocalDate.of(2025, 11, 1))).isFalse();
    }

    @Test
    @Tag("R-BATCH-1")
    void r_batch_1_the_submission_deadline_is_inclusive_to_the_second() {
        assertThat(batch.policy()
                        .acceptsSubmissionAt(
                                DomainFixtures.at("2025-11-15T23:59").plusSeconds(59)))
                .isTrue();
        assertThat(batch.policy().acceptsSubmissionAt(DomainFixtures.at("2025-11-16T00:00")))
                .isFalse();
    }

    @Test
    @Tag("R-BATCH-2")
    void r_batch_2_the_ratio_and_cap_may_be_lowered() {
        batch.changePolicy(new PolicyChange(Ratio.of("0.40"), Money.of("800000.00"), null, null, null, null, null));
        assertThat(batch.policy().ratio()).isEqualTo(Ratio.of("0.40"));
        assertThat(batch.policy().annualCap()).isEqualTo(Money.of("800000.00"));
        assertThat(batch.policy().budget()).isEqualTo(Money.of("30000000.00"));
    }

    @Test
    @Tag("R-BATCH-2")
    void r_batch_2_the_ratio_may_never_exceed_half_nor_the_cap_one_million() {
        assertThatThrownBy(() ->
                        batch.changePolicy(new PolicyChange(Ratio.of("0.5001"), null, null, null, null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-BATCH-2");
        assertThatThrownBy(() -> batch.changePolicy(
                        new PolicyChange(null, Money.of("1000000.01"), null, null, null, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("R-BATCH-2");
        assertThat(batch.policy().ratio()).isEqualTo(Ratio.HALF);
    }

    @Test
    @Tag("R-BATCH-2")
    void r_batch_2_the_policy_is_frozen_once_allocation_is_committed() {
        batch.commitAllocation(new AllocationCommitment(
                AllocationMode.RATIO,
                Instant.parse("2025-12-01T02:00:00Z"),
                "fund",
                Ratio.HALF,
                Money.of("1000000.00"),
                Money.of("100.00")));
        assertThatThrownBy(() ->
                        batch.changePolicy(new PolicyChange(null, null, Money.of("1.00"), null, null, null, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> batch.commitAllocation(new AllocationCommitment(
                        AllocationMode.CAP,
                        Instant.parse("2025-12-01T02:00:00Z"),
                        "fund",
                        Ratio.HALF,
                        Money.of("1.00"),
                        Money.of("1.00"))))
                .isInstanceOf(ConflictException.class);
        assertThat(batch.changePolicy(new PolicyChange(null, null, null, null, null, null, null)))
                .isFalse();
    }

    @Test
    @Tag("R-BATCH-2")
    void r_batch_2_window_and_year_do_not_change_once_applications_exist() {
        AccountingWindow other = new AccountingWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 10, 31));
        assertThatThrownBy(() -> batch.redefine("2025年第一批", 2025, other, batch.policy(), true))
                .isInstanceOf(ConflictException.class);
        assertThat(batch.redefine("2025年第一批（修订）", 2025, batch.window(), batch.policy(), true))
                .isTrue();
        assertThat(batch.redefine("2025年第一批", 2025, other, batch.policy(), false))
                .isTrue();
        assertThat(batch.window()).isEqualTo(other);
    }

    @Test
    @Tag("R-BATCH-1")
    void r_batch_1_invalid_batches_cannot_be_built() {
        assertThatThrownBy(() -> new AccountingWindow(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BatchCode.of("2025 1")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> NoticeDefaults.policy2025(Money.of("-1.00"))).isInstanceOf(ValidationException.class);
    }
}
