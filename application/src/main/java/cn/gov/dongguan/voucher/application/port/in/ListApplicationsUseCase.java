package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.ApplicantCategory;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import cn.gov.dongguan.voucher.domain.shared.Money;
import java.util.List;
import java.util.Set;

/**
 * Use case: a page of the applications the principal may see, filtered and sorted, with an opaque
 * cursor to the next page (keyset pagination).
 */
public interface ListApplicationsUseCase {

    ApplicationPage list(Actor actor, ListQuery query);

    /** How many applications the principal may see match the query's filters (cursor and limit ignored). */
    long count(Actor actor, ListQuery query);

    /**
     * The same count, but counted no further than {@code limit + 1}: the exact number when it is at most
     * {@code limit}, otherwise {@code limit + 1}, meaning "more than {@code limit}" (the exact total then
     * comes on demand from {@link #count}).
     */
    long countUpTo(Actor actor, ListQuery query, int limit);

    /** Filters, sort and the cursor of the previous page ({@code null} for the first). */
    record ListQuery(
            BatchCode batch,
            Set<ReviewStage> stages,
            TownCode town,
            ApplicantCategory category,
            Money minSubsidy,
            Money maxSubsidy,
            String text,
            ApplicationSort sort,
            boolean descending,
            String after,
            int limit) {

        public static ListQuery firstPage(int limit) {
            return new ListQuery(
                    null, Set.of(), null, null, null, null, null, ApplicationSort.CREATED_AT, false, null, limit);
        }

        /** The first page of a batch's applications in the given stages, oldest first. */
        public static ListQuery inStages(BatchCode batch, Set<ReviewStage> stages, int limit) {
            return new ListQuery(batch, stages, null, null, null, null, null, null, false, null, limit);
        }
    }

    /** A page and the cursor of the next one ({@code null} on the last page). */
    record ApplicationPage(List<ApplicationSummary> items, String next) {}
}
