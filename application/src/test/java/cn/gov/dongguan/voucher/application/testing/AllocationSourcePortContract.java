package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AllocationSourcePort} does: the applications awaiting allocation in a batch,
 * projected with their basis and what the applicant was granted elsewhere this year, in order of
 * complete submission (R-CALC-9).
 */
public abstract class AllocationSourcePortContract extends StoredApplicationsContract {

    protected abstract AllocationSourcePort allocationSource();

    @Test
    @Tag("R-CALC-9")
    void r_calc_9_applications_awaiting_allocation_stream_in_order_of_complete_submission() {
        List<Application> awaiting = twoAwaitingAllocationBesideOneInFinalReview();
        Application first = awaiting.get(0);
        Application second = awaiting.get(1);
        List<AllocationSource> sources = new ArrayList<>();
        tx(() -> allocationSource().streamAwaitingAllocation(batch.code(), 2025, sources::add));
        assertThat(sources).extracting(AllocationSource::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(sources).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(Money.of("100000.00"));
            assertThat(s.approvedElsewhere()).isEqualTo(Money.ZERO);
            assertThat(s.completedAt()).isNotNull();
        });
        assertThat(sources.get(0).completedAt())
                .isBeforeOrEqualTo(sources.get(1).completedAt());
    }
}
