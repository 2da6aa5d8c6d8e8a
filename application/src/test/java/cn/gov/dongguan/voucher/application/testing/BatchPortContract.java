package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.domain.batch.AllocationCommitment;
import cn.gov.dongguan.voucher.domain.batch.AllocationMode;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.NoticeDefaults;
import cn.gov.dongguan.voucher.domain.batch.PolicyChange;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.Ratio;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link BatchPort} does. */
public abstract class BatchPortContract extends PortContract {

    protected abstract BatchPort repository();

    @Test
    void a_batch_is_stored_with_its_policy_and_allocation() {
        Batch batch = Batch.announce(
                BatchCode.of("2025-9"),
                "2025年第九批",
                2025,
                NoticeDefaults.WINDOW_2025_1,
                NoticeDefaults.policy2025(Money.of("30000000.00")));
        tx(() -> repository().save(batch));
        Batch found = tx(() -> repository().find(batch.code())).orElseThrow();
        assertThat(found.title()).isEqualTo("2025年第九批");
        assertThat(found.window()).isEqualTo(batch.window());
        assertThat(found.policy()).isEqualTo(batch.policy());
        assertThat(found.allocation()).isEmpty();

        found.changePolicy(new PolicyChange(Ratio.of("0.4875"), null, Money.of("12345678.90"), null, null, 10, null));
        found.commitAllocation(new AllocationCommitment(
                AllocationMode.CAP,
                Instant.parse("2025-12-01T02:00:00Z"),
                "fund",
                Ratio.of("0.4875"),
                Money.of("765432.10"),
                Money.of("12345678.90")));
        tx(() -> repository().save(found));
        Batch again = tx(() -> repository().findForUpdate(batch.code())).orElseThrow();
        assertThat(again.policy()).isEqualTo(found.policy());
        assertThat(again.allocation()).isEqualTo(found.allocation());
        assertThat(tx(() -> repository().findAll()))
                .extracting(b -> b.code().value())
                .contains("2025-9");
        assertThat(tx(() -> repository().find(BatchCode.of("1999-1")))).isEmpty();
    }
}
