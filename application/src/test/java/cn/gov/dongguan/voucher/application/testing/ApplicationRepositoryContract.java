package cn.gov.dongguan.voucher.application.testing;

import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.advance;
import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import cn.gov.dongguan.voucher.application.port.out.AllocationSource;
import cn.gov.dongguan.voucher.application.port.out.ApplicantRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationFigures;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.ApplicationRepository;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.BatchRepository;
import cn.gov.dongguan.voucher.application.port.out.LeaseRepository;
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

/**
 * What every {@link ApplicationRepository} does: round trips, optimistic versions (R-FLOW-7), one
 * open application per applicant and batch (R-FLOW-8), keyset pages, and the cross-application
 * questions of the calculation. Each test uses its own batch so tests do not see each other's rows.
 */
public abstract class ApplicationRepositoryContract extends PortContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    protected abstract ApplicationRepository repository();

    protected abstract LeaseRepository leases();

    protected abstract BatchRepository batches();

    /** Applications refer to registered applicants (a foreign key in a database). */
    protected abstract ApplicantRepository applicants();

    protected Batch batch;
    protected Batch otherBatchSameYear;
    protected final Instant t0 = Instant.parse("2025-11-01T01:00:00Z");
    private int applicantNo;

    @BeforeEach
    void announceBatches() {
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

    @Test
    void an_application_is_stored_and_restored_with_everything_it_holds() {
        Application application = advance(draft(nextApplicant(), batch, DomainFixtures.DONGCHENG,
                List.of(OrderNumber.of("L-1"), OrderNumber.of("L-2")), t0), batch, ReviewStage.AWAITING_ALLOCATION, t0);
        application.flag(ApplicationFlag.NO_USAGE_EVIDENCE);
        Application found = stored(application, figures("东莞市示例智能科技有限公司", "100000.00", "50000.00"));
        assertThat(found.snapshot()).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(application.snapshot());
        assertThat(found.history().verify().intact()).isTrue();
        assertThat(tx(() -> repository().find(new ApplicationId(java.util.UUID.randomUUID())))).isEmpty();
    }

    @Test
    void r_flow_7_an_update_raises_the_version_and_a_stale_one_is_refused_without_writing() {
        Application application = stored(draft(nextApplicant(), batch, DomainFixtures.DONGCHENG, List.of(), t0),
                figures("甲", "0.00", "0.00"));
        Application first = tx(() -> repository().find(application.id())).orElseThrow();
        Application second = tx(() -> repository().find(application.id())).orElseThrow();
        long initial = first.version();
        first.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(60), "first");
        tx(() -> repository().update(first, figures("甲", "0.00", "0.00")));
        second.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(61), "second");
        assertThatThrownBy(() -> tx(() -> repository().update(second, figures("乙", "1.00", "1.00"))))
                .isInstanceOf(StaleVersionException.class);
        Application now = tx(() -> repository().find(application.id())).orElseThrow();
        assertThat(now.version()).isEqualTo(initial + 1);
        assertThat(now.history().records()).hasSize(2 + 0);
        assertThat(now.history().last().orElseThrow().reason()).isEqualTo("first");
    }

    @Test
    void r_flow_8_one_open_application_per_applicant_and_batch() {
        UnifiedSocialCreditCode uscc = nextApplicant();
        Application open = stored(draft(uscc, batch, DomainFixtures.DONGCHENG, List.of(), t0), figures("甲", "0.00", "0.00"));
        assertThat(tx(() -> repository().findOpen(uscc, batch.code()))).contains(open.id());
        assertThatThrownBy(() -> tx(() -> repository().insert(draft(uscc, batch, DomainFixtures.DONGCHENG, List.of(), t0),
                figures("甲", "0.00", "0.00")))).isInstanceOf(ConflictException.class);
        Application another = draft(uscc, otherBatchSameYear, DomainFixtures.DONGCHENG, List.of(), t0);
        tx(() -> repository().insert(another, figures("甲", "0.00", "0.00")));

        open.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(60), null);
        tx(() -> repository().update(open, figures("甲", "0.00", "0.00")));
        assertThat(tx(() -> repository().findOpen(uscc, batch.code()))).isEmpty();
        Application again = draft(uscc, batch, DomainFixtures.DONGCHENG, List.of(), t0.plusSeconds(120));
        tx(() -> repository().insert(again, figures("甲", "0.00", "0.00")));
        assertThat(tx(() -> repository().findOpen(uscc, batch.code()))).contains(again.id());
        assertThat(tx(() -> repository().existsInBatch(batch.code()))).isTrue();
    }

    @Test
    void figures_can_be_refreshed_without_a_new_version() {
        Application application = stored(draft(nextApplicant(), batch, DomainFixtures.DONGCHENG, List.of(), t0),
                figures("甲", "0.00", "0.00"));
        tx(() -> repository().updateFigures(application.id(), figures("甲", "100000.00", "50000.00")));
        List<ApplicationSummary> rows = tx(() -> repository().list(query(null, ApplicationSort.CREATED_AT, false, null, 10)));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.subsidy()).isEqualTo(Money.of("50000.00"));
            assertThat(r.version()).isEqualTo(application.version());
        });
    }

    protected ApplicationListQuery query(TownCode scope, ApplicationSort sort, boolean descending,
                                         ApplicationListQuery.Keyset after, int limit) {
        return new ApplicationListQuery(scope, batch.code(), Set.of(), null, null, null, null, null, sort, descending,
                after, limit);
    }

    @Test
    void lists_page_through_every_row_once_in_order_for_every_sort() {
        List<ApplicationId> ids = new ArrayList<>();
        for (int n = 0; n < 23; n++) {
            int i = n;
            Application a = draft(nextApplicant(), batch, i % 2 == 0 ? DomainFixtures.DONGCHENG : DomainFixtures.SONGSHANHU,
                    List.of(), t0.plusSeconds(i % 5));
            tx(() -> repository().insert(a, figures("单位" + (char) ('甲' + i % 7), (i % 4) + "0000.00", (i % 4) + "000.00")));
            ids.add(a.id());
        }
        for (ApplicationSort sort : ApplicationSort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                pageThrough(sort, descending);
            }
        }
    }

    private void pageThrough(ApplicationSort sort, boolean descending) {
        {
            {
                List<ApplicationSummary> all = new ArrayList<>();
                ApplicationListQuery.Keyset after = null;
                for (int page = 0; page < 10; page++) {
                    ApplicationListQuery.Keyset from = after;
                    List<ApplicationSummary> rows = tx(() -> repository().list(query(null, sort, descending, from, 5)));
                    all.addAll(rows.subList(0, Math.min(5, rows.size())));
                    if (rows.size() <= 5) {
                        break;
                    }
                    ApplicationSummary last = rows.get(4);
                    after = new ApplicationListQuery.Keyset(sortValue(sort, last), last.id().toString());
                }
                assertThat(all).as(sort + (descending ? " desc" : " asc")).hasSize(23);
                assertThat(new HashSet<>(all.stream().map(ApplicationSummary::id).toList())).hasSize(23);
                for (int i = 1; i < all.size(); i++) {
                    int c = compare(sort, all.get(i - 1), all.get(i));
                    assertThat(descending ? -c : c).as(sort + " order at " + i).isLessThan(0);
                }
            }
        }
    }

    private static String sortValue(ApplicationSort sort, ApplicationSummary row) {
        return switch (sort) {
            case CREATED_AT -> row.createdAt().toString();
            case UPDATED_AT -> row.updatedAt().toString();
            case SUBSIDY -> Long.toString(row.subsidy().toFen());
            case APPLICANT_NAME -> row.applicantName();
        };
    }

    private static int compare(ApplicationSort sort, ApplicationSummary a, ApplicationSummary b) {
        int c = switch (sort) {
            case CREATED_AT -> a.createdAt().compareTo(b.createdAt());
            case UPDATED_AT -> a.updatedAt().compareTo(b.updatedAt());
            case SUBSIDY -> a.subsidy().compareTo(b.subsidy());
            case APPLICANT_NAME -> a.applicantName().compareTo(b.applicantName());
        };
        return c != 0 ? c : a.id().toString().compareTo(b.id().toString());
    }

    @Test
    void lists_filter_by_scope_stage_town_amount_and_text() {
        Application dongcheng = storedIn(ReviewStage.SUBMITTED, DomainFixtures.DONGCHENG,
                figures("东莞市甲科技有限公司", "100000.00", "50000.00"), List.of());
        Application songshanhu = storedIn(ReviewStage.DRAFT, DomainFixtures.SONGSHANHU,
                figures("东莞市乙智能有限公司", "300000.00", "150000.00"), List.of());
        assertThat(tx(() -> repository().list(query(DomainFixtures.DONGCHENG, ApplicationSort.CREATED_AT, false, null, 10))))
                .extracting(ApplicationSummary::id).containsExactly(dongcheng.id());
        assertThat(tx(() -> repository().list(new ApplicationListQuery(null, batch.code(), Set.of(ReviewStage.DRAFT), null,
                null, null, null, null, null, false, null, 10)))).extracting(ApplicationSummary::id)
                .containsExactly(songshanhu.id());
        assertThat(tx(() -> repository().list(new ApplicationListQuery(null, batch.code(), Set.of(), null, null,
                Money.of("100000.00"), Money.of("200000.00"), null, null, false, null, 10))))
                .extracting(ApplicationSummary::id).containsExactly(songshanhu.id());
        assertThat(tx(() -> repository().list(new ApplicationListQuery(null, batch.code(), Set.of(), DomainFixtures.SONGSHANHU,
                null, null, null, "智能", null, false, null, 10)))).extracting(ApplicationSummary::id)
                .containsExactly(songshanhu.id());
        String prefix = dongcheng.applicantUscc().value().substring(0, 16);
        assertThat(tx(() -> repository().list(new ApplicationListQuery(null, batch.code(), Set.of(), null, null, null, null,
                prefix.toLowerCase(), null, false, null, 10)))).extracting(ApplicationSummary::id).contains(dongcheng.id());
        ApplicationSummary row = tx(() -> repository().list(query(DomainFixtures.DONGCHENG, ApplicationSort.CREATED_AT,
                false, null, 10))).get(0);
        assertThat(row.applicantName()).isEqualTo("东莞市甲科技有限公司");
        assertThat(row.stage()).isEqualTo(ReviewStage.SUBMITTED);
        assertThat(row.submittedAt()).isNotNull();
        assertThat(row.eligibleExpense()).isEqualTo(Money.of("100000.00"));

        // the count of a list follows the same filters and scope, and ignores the keyset and limit
        assertThat(tx(() -> repository().count(query(null, ApplicationSort.CREATED_AT, false, null, 1)))).isEqualTo(2);
        assertThat(tx(() -> repository().count(query(DomainFixtures.DONGCHENG, ApplicationSort.CREATED_AT, false, null,
                1)))).isEqualTo(1);
        assertThat(tx(() -> repository().count(new ApplicationListQuery(null, batch.code(), Set.of(), null, null,
                Money.of("100000.00"), Money.of("200000.00"), null, null, false, null, 1)))).isEqualTo(1);
        assertThat(tx(() -> repository().count(new ApplicationListQuery(null, batch.code(), Set.of(), null, null, null,
                null, "100%_", null, false, null, 1)))).isZero();

        List<StageCount> counts = tx(() -> repository().countByTownAndStage(batch.code(), null));
        assertThat(counts).containsExactlyInAnyOrder(new StageCount(DomainFixtures.DONGCHENG, ReviewStage.SUBMITTED, 1),
                new StageCount(DomainFixtures.SONGSHANHU, ReviewStage.DRAFT, 1));
        assertThat(tx(() -> repository().countByTownAndStage(batch.code(), DomainFixtures.SONGSHANHU)))
                .containsExactly(new StageCount(DomainFixtures.SONGSHANHU, ReviewStage.DRAFT, 1));
    }

    @Test
    void leases_claimed_past_draft_and_invoices_claimed_by_others_are_found() {
        ComputeLease shared = DomainFixtures.lease("C-" + batch.code(), DomainFixtures.dongguanEnterprise(1));
        shared.recordInvoice(DomainFixtures.invoice(7, "100.00"), false);
        tx(() -> leases().save(shared));
        Application draft = storedIn(ReviewStage.DRAFT, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"),
                List.of(shared.orderNo()));
        assertThat(tx(() -> repository().isLeaseClaimedPastDraft(shared.orderNo()))).isFalse();
        assertThat(tx(() -> repository().claiming(shared.orderNo()))).containsExactly(draft.id());
        Application submitted = storedIn(ReviewStage.SUBMITTED, DomainFixtures.DONGCHENG, figures("乙", "0.00", "0.00"),
                List.of(shared.orderNo()));
        assertThat(tx(() -> repository().isLeaseClaimedPastDraft(shared.orderNo()))).isTrue();
        InvoiceId invoice = DomainFixtures.invoice(7, "100.00").id();
        assertThat(tx(() -> repository().invoicesClaimedByOthers(draft.id(), List.of(invoice)))).containsExactly(invoice);
        assertThat(tx(() -> repository().invoicesClaimedByOthers(submitted.id(), List.of(invoice)))).containsExactly(invoice);
        submitted.withdraw(ApplicationFixtures.PORTAL, t0.plusSeconds(3600), null);
        tx(() -> repository().update(submitted, figures("乙", "0.00", "0.00")));
        assertThat(tx(() -> repository().invoicesClaimedByOthers(draft.id(), List.of(invoice)))).isEmpty();
    }

    @Test
    void r_batch_3_subsidised_payments_and_r_calc_6_what_an_applicant_was_granted_this_year() {
        UnifiedSocialCreditCode uscc = nextApplicant();
        Application approved = advance(draft(uscc, otherBatchSameYear, DomainFixtures.DONGCHENG,
                List.of(OrderNumber.of("S-1")), t0), otherBatchSameYear, ReviewStage.APPROVED, t0);
        tx(() -> repository().insert(approved, figures("甲", "100000.00", "50000.00")));
        PaymentKey key = new PaymentKey(OrderNumber.of("S-1"), PaymentRef.of("P1"));
        tx(() -> repository().recordSubsidisedPayments(approved.id(), otherBatchSameYear.code(), List.of(key)));
        Application current = storedIn(ReviewStage.DRAFT, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"),
                List.of(OrderNumber.of("S-1")));
        assertThat(tx(() -> repository().subsidisedPayments(List.of(OrderNumber.of("S-1")), current.id())))
                .containsExactly(key);
        assertThat(tx(() -> repository().subsidisedPayments(List.of(OrderNumber.of("S-1")), approved.id()))).isEmpty();
        assertThat(tx(() -> repository().approvedInYear(uscc, 2025, batch.code()))).isEqualTo(Money.of("50000.00"));
        assertThat(tx(() -> repository().approvedInYear(uscc, 2025, otherBatchSameYear.code()))).isEqualTo(Money.ZERO);
        assertThat(tx(() -> repository().approvedInYear(uscc, 2026, batch.code()))).isEqualTo(Money.ZERO);
    }

    @Test
    void r_calc_9_applications_awaiting_allocation_stream_in_order_of_complete_submission() {
        Application first = storedIn(ReviewStage.AWAITING_ALLOCATION, DomainFixtures.DONGCHENG,
                figures("甲", "120000.00", "60000.00"), List.of());
        Application second = storedIn(ReviewStage.AWAITING_ALLOCATION, DomainFixtures.SONGSHANHU,
                figures("乙", "90000.00", "45000.00"), List.of());
        storedIn(ReviewStage.FINAL_REVIEW, DomainFixtures.DONGCHENG, figures("丙", "1.00", "0.00"), List.of());
        List<AllocationSource> sources = new ArrayList<>();
        tx(() -> repository().streamAwaitingAllocation(batch.code(), 2025, sources::add));
        assertThat(sources).extracting(AllocationSource::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(sources).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(Money.of("100000.00"));
            assertThat(s.approvedElsewhere()).isEqualTo(Money.ZERO);
            assertThat(s.completedAt()).isNotNull();
        });
        assertThat(sources.get(0).completedAt()).isBeforeOrEqualTo(sources.get(1).completedAt());
        assertThat(tx(() -> repository().idsInStage(batch.code(), ReviewStage.AWAITING_ALLOCATION)))
                .containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void r_flow_3_overdue_returns_and_ended_notices_are_found_from_the_second_after_their_deadline() {
        Application returned = storedIn(ReviewStage.RETURNED, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of());
        Instant deadline = returned.returnDeadline().orElseThrow();
        assertThat(tx(() -> repository().returnedOverdue(deadline, 10))).doesNotContain(returned.id());
        assertThat(tx(() -> repository().returnedOverdue(deadline.plusSeconds(1), 10))).contains(returned.id());
        assertThat(tx(() -> repository().returnDeadlinesBetween(deadline.minusSeconds(3600), deadline.plusSeconds(1),
                DomainFixtures.DONGCHENG))).extracting(ApplicationSummary::id).contains(returned.id());
        assertThat(tx(() -> repository().returnDeadlinesBetween(deadline.minusSeconds(3600), deadline.plusSeconds(1),
                DomainFixtures.SONGSHANHU))).extracting(ApplicationSummary::id).doesNotContain(returned.id());

        Application notice = storedIn(ReviewStage.PUBLIC_NOTICE, DomainFixtures.DONGCHENG, figures("乙", "0.00", "0.00"), List.of());
        Instant ends = notice.noticeEndsAt().orElseThrow();
        assertThat(tx(() -> repository().noticeEnded(ends, 10))).doesNotContain(notice.id());
        assertThat(tx(() -> repository().noticeEnded(ends.plusSeconds(1), 10))).contains(notice.id());
    }

    @Test
    void material_content_in_use_is_known() {
        Application application = storedIn(ReviewStage.DRAFT, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of());
        String sha = application.materials().get(0).sha256();
        assertThat(tx(() -> repository().isContentReferenced(sha))).isTrue();
        assertThat(tx(() -> repository().isContentReferenced("f".repeat(64)))).isFalse();
    }
}
