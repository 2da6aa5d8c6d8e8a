package cn.gov.dongguan.voucher.adapter.jsf.page;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.in.ListApplicationsUseCase;
import cn.gov.dongguan.voucher.domain.DomainFixtures;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The table's lazy model pages through the use case by cursor, one page per query, never by offset. */
class ApplicationLazyModelTest {

    /** 45 rows; a cursor is the index of the next row; every call is recorded. */
    static final class PagedList implements ListApplicationsUseCase {
        final List<ApplicationSummary> rows = new ArrayList<>();
        final List<ListQuery> calls = new ArrayList<>();

        PagedList() {
            for (int i = 0; i < 45; i++) {
                rows.add(new ApplicationSummary(
                        new ApplicationId(new UUID(0, i)),
                        BatchCode.of("2025-1"),
                        DomainFixtures.dongguanEnterprise(i),
                        "单位" + i,
                        DomainFixtures.DONGCHENG,
                        ApplicantCategory.MANUFACTURING,
                        "项目",
                        ReviewStage.SUBMITTED,
                        1,
                        Instant.EPOCH,
                        Instant.EPOCH,
                        null,
                        null,
                        Money.ZERO,
                        Money.ZERO,
                        null,
                        null,
                        null));
            }
        }

        @Override
        public ApplicationPage list(Actor actor, ListQuery query) {
            calls.add(query);
            int from = query.after() == null ? 0 : Integer.parseInt(query.after());
            int to = Math.min(rows.size(), from + query.limit());
            return new ApplicationPage(rows.subList(from, to), to < rows.size() ? Integer.toString(to) : null);
        }

        int counts;
        int boundedCounts;
        /** What the bounded count is told there is (the rows themselves stay 45). */
        long total = 45;

        @Override
        public long count(Actor actor, ListQuery query) {
            counts++;
            return total;
        }

        @Override
        public long countUpTo(Actor actor, ListQuery query, int limit) {
            boundedCounts++;
            return Math.min(total, limit + 1L);
        }
    }

    final PagedList list = new PagedList();
    final ApplicationLazyModel model = new ApplicationLazyModel(
            list, () -> Actor.of("city", Role.CITY_OFFICER), () -> ListApplicationsUseCase.ListQuery.firstPage(20));

    @Test
    void pages_follow_cursors_one_query_each() {
        assertThat(model.count(Map.of())).isEqualTo(45);
        assertThat(model.load(0, 20, Map.of(), Map.of()))
                .extracting(ApplicationSummary::applicantName)
                .startsWith("单位0")
                .hasSize(20);
        assertThat(model.load(20, 20, Map.of(), Map.of()))
                .first()
                .extracting(ApplicationSummary::applicantName)
                .isEqualTo("单位20");
        assertThat(model.load(40, 20, Map.of(), Map.of())).hasSize(5);
        assertThat(list.calls)
                .extracting(ListApplicationsUseCase.ListQuery::after)
                .containsExactly(null, "20", "40");
        // back to a page seen before: its cursor is remembered
        assertThat(model.load(20, 20, Map.of(), Map.of()))
                .first()
                .extracting(ApplicationSummary::applicantName)
                .isEqualTo("单位20");
        assertThat(list.calls)
                .hasSize(4)
                .last()
                .extracting(ListApplicationsUseCase.ListQuery::after)
                .isEqualTo("20");
        // the total is counted once for these filters, not again for every page, and bounded
        assertThat(model.count(Map.of())).isEqualTo(45);
        assertThat(list.boundedCounts).isEqualTo(1);
        assertThat(list.counts).isZero();
        assertThat(model.isMore()).isFalse();
    }

    @Test
    void beyond_the_limit_the_count_stops_and_the_exact_total_comes_when_asked() {
        list.total = 200_513;
        assertThat(model.count(Map.of())).isEqualTo(ApplicationLazyModel.COUNT_LIMIT);
        assertThat(model.isMore()).isTrue();
        assertThat(list.counts).as("no exact count of a whole city unasked").isZero();

        model.countAll();
        assertThat(model.getRowCount()).isEqualTo(200_513);
        assertThat(model.isMore()).isFalse();
        assertThat(list.counts).isEqualTo(1);
        // paging on keeps the exact total without counting again
        assertThat(model.count(Map.of())).isEqualTo(200_513);
        assertThat(list.counts).isEqualTo(1);
    }

    @Test
    void the_page_report_names_the_limit_the_model_counts_to() {
        for (java.util.Locale locale : List.of(java.util.Locale.CHINESE, java.util.Locale.ENGLISH)) {
            assertThat(java.util.ResourceBundle.getBundle("cn.gov.dongguan.voucher.adapter.jsf.messages", locale)
                            .getString("list.pageReportMore"))
                    .contains(String.format(java.util.Locale.ROOT, "%,d", ApplicationLazyModel.COUNT_LIMIT));
        }
    }

    @Test
    void new_filters_count_bounded_again() {
        String[] text = {null};
        ApplicationLazyModel filtered = new ApplicationLazyModel(
                list,
                () -> Actor.of("city", Role.CITY_OFFICER),
                () -> new ListApplicationsUseCase.ListQuery(
                        null,
                        java.util.Set.of(),
                        null,
                        null,
                        null,
                        null,
                        text[0],
                        ApplicationSort.CREATED_AT,
                        false,
                        null,
                        20));
        list.total = 5_000;
        filtered.count(Map.of());
        filtered.countAll();
        assertThat(filtered.getRowCount()).isEqualTo(5_000);
        text[0] = "科技";
        assertThat(filtered.count(Map.of())).isEqualTo(ApplicationLazyModel.COUNT_LIMIT);
        assertThat(filtered.isMore()).isTrue();
        assertThat(list.boundedCounts).isEqualTo(2);
        // back to the filters counted exactly before: bounded again, until asked
        text[0] = null;
        assertThat(filtered.count(Map.of())).isEqualTo(ApplicationLazyModel.COUNT_LIMIT);
        assertThat(filtered.isMore()).isTrue();
        assertThat(list.counts).isEqualTo(1);
    }

    @Test
    void exactly_the_limit_is_an_exact_total_and_one_more_is_more() {
        list.total = ApplicationLazyModel.COUNT_LIMIT;
        assertThat(model.count(Map.of())).isEqualTo(ApplicationLazyModel.COUNT_LIMIT);
        assertThat(model.isMore()).isFalse();

        list.total = ApplicationLazyModel.COUNT_LIMIT + 1;
        ApplicationLazyModel other = new ApplicationLazyModel(
                list, () -> Actor.of("city", Role.CITY_OFFICER), () -> ListApplicationsUseCase.ListQuery.firstPage(20));
        assertThat(other.count(Map.of())).isEqualTo(ApplicationLazyModel.COUNT_LIMIT);
        assertThat(other.isMore()).isTrue();
    }

    @Test
    void a_new_sort_starts_a_new_keyset_and_a_jump_walks_from_the_nearest_known_page() {
        model.load(0, 20, Map.of(), Map.of());
        SortMeta bySubsidy =
                SortMeta.builder().field("subsidy").order(SortOrder.DESCENDING).build();
        List<ApplicationSummary> page3 = model.load(40, 20, Map.of("subsidy", bySubsidy), Map.of());
        assertThat(page3).first().extracting(ApplicationSummary::applicantName).isEqualTo("单位40");
        List<ListApplicationsUseCase.ListQuery> sorted = list.calls.subList(1, list.calls.size());
        assertThat(sorted).extracting(ListApplicationsUseCase.ListQuery::after).containsExactly(null, "20", "40");
        assertThat(sorted).allMatch(q -> q.sort() == ApplicationSort.SUBSIDY && q.descending());
        assertThat(model.getRowKey(page3.get(0))).isEqualTo(new UUID(0, 40).toString());
        assertThat(model.getRowData(new UUID(0, 41).toString())).isNotNull();
        assertThat(model.getRowData(new UUID(0, 1).toString()))
                .as("only rows of the page shown")
                .isNull();
    }

    @Test
    void headers_sort_only_by_the_allowed_columns() {
        assertThat(ApplicationLazyModel.sortOf("applicantName")).isEqualTo(ApplicationSort.APPLICANT_NAME);
        assertThat(ApplicationLazyModel.sortOf("subsidy")).isEqualTo(ApplicationSort.SUBSIDY);
        assertThat(ApplicationLazyModel.sortOf("updatedAt")).isEqualTo(ApplicationSort.UPDATED_AT);
        assertThat(ApplicationLazyModel.sortOf("id; DROP TABLE application")).isEqualTo(ApplicationSort.CREATED_AT);
    }
}
