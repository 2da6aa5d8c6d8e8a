package cn.gov.dongguan.voucher.application.testing;

import static cn.gov.dongguan.voucher.application.testing.ApplicationFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.application.port.out.StageCount;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApplicationListPort} does: keyset pages through every row once in the order of
 * every sort, the filters and the town scope, counts that follow the filters, the dashboard's
 * counts per town and stage, and the deadlines due.
 */
public abstract class ApplicationListPortContract extends StoredApplicationsContract {

    protected abstract ApplicationListPort lists();

    protected ApplicationListQuery query(
            TownCode scope, ApplicationSort sort, boolean descending, ApplicationListQuery.Keyset after, int limit) {
        return new ApplicationListQuery(
                scope, batch.code(), Set.of(), null, null, null, null, null, sort, descending, after, limit);
    }

    @Test
    void figures_can_be_refreshed_without_a_new_version() {
        Application application = stored(
                draft(nextApplicant(), batch, DomainFixtures.DONGCHENG, List.of(), t0), figures("甲", "0.00", "0.00"));
        tx(() -> repository().updateFigures(application.id(), figures("甲", "100000.00", "50000.00")));
        List<ApplicationSummary> rows =
                tx(() -> lists().list(query(null, ApplicationSort.CREATED_AT, false, null, 10)));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.subsidy()).isEqualTo(Money.of("50000.00"));
            assertThat(r.version()).isEqualTo(application.version());
        });
    }

    @Test
    void lists_page_through_every_row_once_in_order_for_every_sort() {
        List<ApplicationId> ids = new ArrayList<>();
        for (int n = 0; n < 23; n++) {
            int i = n;
            Application a = draft(
                    nextApplicant(),
                    batch,
                    i % 2 == 0 ? DomainFixtures.DONGCHENG : DomainFixtures.SONGSHANHU,
                    List.of(),
                    t0.plusSeconds(i % 5));
            tx(() -> repository()
                    .insert(a, figures("单位" + (char) ('甲' + i % 7), (i % 4) + "0000.00", (i % 4) + "000.00")));
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
                    List<ApplicationSummary> rows = tx(() -> lists().list(query(null, sort, descending, from, 5)));
                    all.addAll(rows.subList(0, Math.min(5, rows.size())));
                    if (rows.size() <= 5) {
                        break;
                    }
                    ApplicationSummary last = rows.get(4);
                    after = new ApplicationListQuery.Keyset(
                            sortValue(sort, last), last.id().toString());
                }
                assertThat(all).as(sort + (descending ? " desc" : " asc")).hasSize(23);
                assertThat(new HashSet<>(
                                all.stream().map(ApplicationSummary::id).toList()))
                        .hasSize(23);
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
        int c =
                switch (sort) {
                    case CREATED_AT -> a.createdAt().compareTo(b.createdAt());
                    case UPDATED_AT -> a.updatedAt().compareTo(b.updatedAt());
                    case SUBSIDY -> a.subsidy().compareTo(b.subsidy());
                    case APPLICANT_NAME -> a.applicantName().compareTo(b.applicantName());
                };
        return c != 0 ? c : a.id().toString().compareTo(b.id().toString());
    }

    @Test
    void lists_filter_by_scope_stage_town_amount_and_text() {
        Application dongcheng = storedIn(
                ReviewStage.SUBMITTED,
                DomainFixtures.DONGCHENG,
                figures("东莞市甲科技有限公司", "100000.00", "50000.00"),
                List.of());
        Application songshanhu = storedIn(
                ReviewStage.DRAFT,
                DomainFixtures.SONGSHANHU,
                figures("东莞市乙智能有限公司", "300000.00", "150000.00"),
                List.of());
        assertThat(tx(() -> lists().list(query(DomainFixtures.DONGCHENG, ApplicationSort.CREATED_AT, false, null, 10))))
                .extracting(ApplicationSummary::id)
                .containsExactly(dongcheng.id());
        assertThat(tx(() -> lists().list(new ApplicationListQuery(
                        null,
                        batch.code(),
                        Set.of(ReviewStage.DRAFT),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        10))))
                .extracting(ApplicationSummary::id)
                .containsExactly(songshanhu.id());
        assertThat(tx(() -> lists().list(new ApplicationListQuery(
                        null,
                        batch.code(),
                        Set.of(),
                        null,
                        null,
                        Money.of("100000.00"),
                        Money.of("200000.00"),
                        null,
                        null,
                        false,
                        null,
                        10))))
                .extracting(ApplicationSummary::id)
                .containsExactly(songshanhu.id());
        assertThat(tx(() -> lists().list(new ApplicationListQuery(
                        null,
                        batch.code(),
                        Set.of(),
                        DomainFixtures.SONGSHANHU,
                        null,
                        null,
                        null,
                        "智能",
                        null,
                        false,
                        null,
                        10))))
                .extracting(ApplicationSummary::id)
                .containsExactly(songshanhu.id());
        String prefix = dongcheng.applicantUscc().value().substring(0, 16);
        assertThat(tx(() -> lists().list(new ApplicationListQuery(
                        null,
                        batch.code(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null,
                        prefix.toLowerCase(),
                        null,
                        false,
                        null,
                        10))))
                .extracting(ApplicationSummary::id)
                .contains(dongcheng.id());
        ApplicationSummary row = tx(() ->
                        lists().list(query(DomainFixtures.DONGCHENG, ApplicationSort.CREATED_AT, false, null, 10)))
                .get(0);
        assertThat(row.applicantName()).isEqualTo("东莞市甲科技有限公司");
        assertThat(row.stage()).isEqualTo(ReviewStage.SUBMITTED);
        assertThat(row.submittedAt()).isNotNull();
        assertThat(row.eligibleExpense()).isEqualTo(Money.of("100000.00"));

        // the count of a list follows the same filters and scope, and ignores the keyset and limit
        assertThat(tx(() -> lists().count(query(null, ApplicationSort.CREATED_AT, false, null, 1))))
                .isEqualTo(2);
        assertThat(tx(() -> lists().count(query(DomainFixtures.DONGCHENG, ApplicationSort.CREATED_AT, false, null, 1))))
                .isEqualTo(1);
        assertThat(tx(() -> lists().count(new ApplicationListQuery(
                        null,
                        batch.code(),
                        Set.of(),
                        null,
                        null,
                        Money.of("100000.00"),
                        Money.of("200000.00"),
                        null,
                        null,
                        false,
                        null,
                        1))))
                .isEqualTo(1);
        assertThat(tx(() -> lists().count(new ApplicationListQuery(
                        null, batch.code(), Set.of(), null, null, null, null, "100%_", null, false, null, 1))))
                .isZero();

        // a bounded count (the list's first page, issue 12): exact up to the limit, limit + 1 beyond it,
        // under the same filters and scope
        ApplicationListQuery everything = query(null, ApplicationSort.CREATED_AT, false, null, 1);
        assertThat(tx(() -> lists().countUpTo(everything, 5))).isEqualTo(2);
        assertThat(tx(() -> lists().countUpTo(everything, 2))).isEqualTo(2);
        assertThat(tx(() -> lists().countUpTo(everything, 1))).isEqualTo(2);
        assertThat(tx(() -> lists().countUpTo(everything, 0))).isEqualTo(1);
        assertThat(tx(() -> lists().countUpTo(
                                query(DomainFixtures.DONGCHENG, ApplicationSort.CREATED_AT, false, null, 1), 0)))
                .isEqualTo(1);
        assertThat(tx(() -> lists().countUpTo(
                                query(DomainFixtures.DONGCHENG, ApplicationSort.CREATED_AT, false, null, 1), 1)))
                .isEqualTo(1);

        List<StageCount> counts = tx(() -> lists().countByTownAndStage(batch.code(), null, t0));
        assertThat(counts)
                .containsExactlyInAnyOrder(
                        new StageCount(DomainFixtures.DONGCHENG, ReviewStage.SUBMITTED, 1),
                        new StageCount(DomainFixtures.SONGSHANHU, ReviewStage.DRAFT, 1));
        assertThat(tx(() -> lists().countByTownAndStage(batch.code(), DomainFixtures.SONGSHANHU, t0)))
                .containsExactly(new StageCount(DomainFixtures.SONGSHANHU, ReviewStage.DRAFT, 1));
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_return_deadlines_due_are_listed_within_the_town() {
        Application returned =
                storedIn(ReviewStage.RETURNED, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of());
        Instant deadline = returned.returnDeadline().orElseThrow();
        assertThat(tx(() -> lists().returnDeadlinesBetween(
                                deadline.minusSeconds(3600), deadline.plusSeconds(1), DomainFixtures.DONGCHENG)))
                .extracting(ApplicationSummary::id)
                .contains(returned.id());
        assertThat(tx(() -> lists().returnDeadlinesBetween(
                                deadline.minusSeconds(3600), deadline.plusSeconds(1), DomainFixtures.SONGSHANHU)))
                .extracting(ApplicationSummary::id)
                .doesNotContain(returned.id());
        assertThat(tx(() -> lists().returnDeadlinesBetween(
                                deadline.plusSeconds(1), deadline.plusSeconds(3600), DomainFixtures.DONGCHENG)))
                .extracting(ApplicationSummary::id)
                .doesNotContain(returned.id());
    }

    @Test
    @Tag("R-FLOW-3")
    void r_flow_3_read_at_a_moment_an_overdue_return_is_listed_counted_and_filtered_as_withdrawn() {
        Application returned =
                storedIn(ReviewStage.RETURNED, DomainFixtures.DONGCHENG, figures("甲", "0.00", "0.00"), List.of());
        Instant deadline = returned.returnDeadline().orElseThrow();
        Instant before = deadline;
        Instant after = deadline.plusSeconds(1);
        ApplicationListQuery all = query(null, ApplicationSort.CREATED_AT, false, null, 10);
        assertThat(tx(() -> lists().list(all.at(before))))
                .singleElement()
                .extracting(ApplicationSummary::stage)
                .isEqualTo(ReviewStage.RETURNED);
        assertThat(tx(() -> lists().list(all.at(after))))
                .singleElement()
                .extracting(ApplicationSummary::stage)
                .isEqualTo(ReviewStage.WITHDRAWN);
        assertThat(tx(() -> lists().list(all)))
                .singleElement()
                .extracting(ApplicationSummary::stage)
                .isEqualTo(ReviewStage.RETURNED);

        ApplicationListQuery onlyReturned = new ApplicationListQuery(
                null, batch.code(), Set.of(ReviewStage.RETURNED), null, null, null, null, null, null, false, null, 10);
        ApplicationListQuery onlyWithdrawn = new ApplicationListQuery(
                null, batch.code(), Set.of(ReviewStage.WITHDRAWN), null, null, null, null, null, null, false, null, 10);
        assertThat(tx(() -> lists().count(onlyReturned.at(before)))).isEqualTo(1);
        assertThat(tx(() -> lists().count(onlyWithdrawn.at(before)))).isZero();
        assertThat(tx(() -> lists().count(onlyReturned.at(after)))).isZero();
        assertThat(tx(() -> lists().count(onlyWithdrawn.at(after)))).isEqualTo(1);
        assertThat(tx(() -> lists().countUpTo(onlyReturned.at(after), 10))).isZero();
        assertThat(tx(() -> lists().countUpTo(onlyWithdrawn.at(after), 10))).isEqualTo(1);
        assertThat(tx(() -> lists().list(onlyWithdrawn.at(after))))
                .extracting(ApplicationSummary::id)
                .containsExactly(returned.id());

        assertThat(tx(() -> lists().countByTownAndStage(batch.code(), null, before)))
                .containsExactly(new StageCount(DomainFixtures.DONGCHENG, ReviewStage.RETURNED, 1));
        assertThat(tx(() -> lists().countByTownAndStage(batch.code(), null, after)))
                .containsExactly(new StageCount(DomainFixtures.DONGCHENG, ReviewStage.WITHDRAWN, 1));
    }
}
