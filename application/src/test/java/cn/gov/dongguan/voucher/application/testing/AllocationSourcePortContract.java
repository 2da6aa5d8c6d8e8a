package cn.gov.dongguan.voucher.application.testing;

import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.advance;
import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.application.port.out.StageCount;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.NoticeDefaults;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationFlag;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.lease.ComputeLease;
import cn.gov.dongguan.voucher.domain.lease.InvoiceId;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.PaymentKey;
import cn.gov.dongguan.voucher.domain.lease.PaymentRef;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimLedgerPort;
import cn.gov.dongguan.voucher.application.port.out.ClaimQuery;
import cn.gov.dongguan.voucher.application.port.out.Claims;
import cn.gov.dongguan.voucher.application.port.out.AllocationSourcePort;
import org.junit.jupiter.api.Tag;

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
        Application first = storedIn(ReviewStage.AWAITING_ALLOCATION, DomainFixtures.DONGCHENG,
                figures("甲", "120000.00", "60000.00"), List.of());
        Application second = storedIn(ReviewStage.AWAITING_ALLOCATION, DomainFixtures.SONGSHANHU,
                figures("乙", "90000.00", "45000.00"), List.of());
        storedIn(ReviewStage.FINAL_REVIEW, DomainFixtures.DONGCHENG, figures("丙", "1.00", "0.00"), List.of());
        List<AllocationSource> sources = new ArrayList<>();
        tx(() -> allocationSource().streamAwaitingAllocation(batch.code(), 2025, sources::add));
        assertThat(sources).extracting(AllocationSource::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(sources).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(Money.of("100000.00"));
            assertThat(s.approvedElsewhere()).isEqualTo(Money.ZERO);
            assertThat(s.completedAt()).isNotNull();
        });
        assertThat(sources.get(0).completedAt()).isBeforeOrEqualTo(sources.get(1).completedAt());
    }
}
