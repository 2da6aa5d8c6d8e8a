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

/**
 * What the contracts of the application ports share: two batches of one funding year of their own
 * per test (so tests never see each other's rows), registered applicants, and applications stored
 * in any stage through the aggregate port.
 */
public abstract class StoredApplicationsContract extends PortContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The aggregate port the applications are stored through. */
    protected abstract ApplicationPort repository();

    protected abstract LeasePort leases();

    protected abstract BatchPort batches();

    /** Applications refer to registered applicants (a foreign key in a database). */
    protected abstract ApplicantPort applicants();

    protected Batch batch;
    protected Batch otherBatchSameYear;
    protected final Instant t0 = Instant.parse("2025-11-01T01:00:00Z");
    private int applicantNo;

    @BeforeEach
    protected void announceBatches() {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 1_000_000) * 100;
        batch = Batch.announce(BatchCode.of("T" + n), "测试批次", 2025, NoticeDefaults.WINDOW_2025_1,
                NoticeDefaults.policy2025(Money.of("30000000.00")));
        otherBatchSameYear = Batch.announce(BatchCode.of("T" + n + "-2"), "测试批次二", 2025, NoticeDefaults.WINDOW_2025_1,
                NoticeDefaults.policy2025(Money.of("30000000.00")));
        tx(() -> batches().save(batch));
        tx(() -> batches().save(otherBatchSameYear));
        applicantNo = n * 10;
    }

    protected UnifiedSocialCreditCode nextApplicant() {
        UnifiedSocialCreditCode uscc = DomainFixtures.dongguanEnterprise(++applicantNo);
        tx(() -> applicants().save(DomainFixtures.applicant(uscc)));
        return uscc;
    }

    protected static ApplicationFigures figures(String name, String e, String s) {
        return new ApplicationFigures(name, Money.of(e), Money.of(s));
    }

    protected Application stored(Application application, ApplicationFigures figures) {
        tx(() -> repository().insert(application, figures));
        return tx(() -> repository().find(application.id())).orElseThrow();
    }

    protected Application storedIn(ReviewStage stage, TownCode town, ApplicationFigures figures, List<OrderNumber> leases) {
        List<OrderNumber> claimed = leases.isEmpty() ? List.of(OrderNumber.of("L-ANY")) : leases;
        Application application = advance(draft(nextApplicant(), batch, town, claimed, t0), batch, stage, t0);
        return stored(application, figures);
    }

}
