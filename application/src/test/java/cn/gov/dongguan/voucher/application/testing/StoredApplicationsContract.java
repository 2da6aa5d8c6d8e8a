package cn.gov.dongguan.voucher.application.testing;

import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.advance;
import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.draft;

import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationPort;
import cn.gov.dongguan.voucher.application.port.out.BatchPort;
import cn.gov.dongguan.voucher.application.port.out.LeasePort;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.Batch;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.batch.NoticeDefaults;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contracts of the application ports share: two batches of one funding year of their own
 * per test (so tests never see each other's rows), registered applicants, and applications stored
 * in any stage through the aggregate port.
 */
public abstract class StoredApplicationsContract extends PortContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /**
     * The stores the applications of a contract live in: the aggregate port they are stored through,
     * and the leases, batches and applicants they refer to (foreign keys in a database).
     */
    public record Stores(ApplicationPort applications, LeasePort leases, BatchPort batches, ApplicantPort applicants) {}

    /** The stores under test; an adapter's test gives the same stores to every contract of the application ports. */
    protected abstract Stores stores();

    protected ApplicationPort repository() {
        return stores().applications();
    }

    protected LeasePort leases() {
        return stores().leases();
    }

    protected BatchPort batches() {
        return stores().batches();
    }

    protected ApplicantPort applicants() {
        return stores().applicants();
    }

    protected Batch batch;
    protected Batch otherBatchSameYear;
    protected final Instant t0 = Instant.parse("2025-11-01T01:00:00Z");
    private int applicantNo;

    @BeforeEach
    protected void announceBatches() {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 1_000_000) * 100;
        batch = Batch.announce(
                BatchCode.of("T" + n),
                "测试批次",
                2025,
                NoticeDefaults.WINDOW_2025_1,
                NoticeDefaults.policy2025(Money.of("30000000.00")));
        otherBatchSameYear = Batch.announce(
                BatchCode.of("T" + n + "-2"),
                "测试批次二",
                2025,
                NoticeDefaults.WINDOW_2025_1,
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

    protected Application storedIn(
            ReviewStage stage, TownCode town, ApplicationFigures figures, List<OrderNumber> leases) {
        List<OrderNumber> claimed = leases.isEmpty() ? List.of(OrderNumber.of("L-ANY")) : leases;
        Application application = advance(draft(nextApplicant(), batch, town, claimed, t0), batch, stage, t0);
        return stored(application, figures);
    }

    /** Two applications awaiting allocation (Dongcheng, then Songshanhu) and one still in final review. */
    protected List<Application> twoAwaitingAllocationBesideOneInFinalReview() {
        Application first = storedIn(
                ReviewStage.AWAITING_ALLOCATION,
                DomainFixtures.DONGCHENG,
                figures("甲", "120000.00", "60000.00"),
                List.of());
        Application second = storedIn(
                ReviewStage.AWAITING_ALLOCATION,
                DomainFixtures.SONGSHANHU,
                figures("乙", "90000.00", "45000.00"),
                List.of());
        storedIn(ReviewStage.FINAL_REVIEW, DomainFixtures.DONGCHENG, figures("丙", "1.00", "0.00"), List.of());
        return List.of(first, second);
    }
}
