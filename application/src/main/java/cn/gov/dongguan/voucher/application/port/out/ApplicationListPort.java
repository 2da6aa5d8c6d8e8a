package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import java.time.Instant;
import java.util.List;

/**
 * The lists and counts over applications, answered in the store by the stored figures (no
 * aggregate is loaded): keyset pages, the paginator's total, the dashboard's counts and deadlines.
 */
public interface ApplicationListPort {

    /** One page of the list, with one row more than asked when there is a next page. */
    List<ApplicationSummary> list(ApplicationListQuery query);

    /** How many applications match the list's filters (its keyset, sort and limit play no part). */
    long count(ApplicationListQuery query);

    /**
     * How many match, counted no further than {@code limit + 1}: exact when at most {@code limit}, otherwise
     * {@code limit + 1} ("more than {@code limit}"). A store reads at most that many index entries, where an
     * exact count of a whole city's applications reads them all (issue 12: the list's first page).
     */
    default long countUpTo(ApplicationListQuery query, int limit) {
        return Math.min(count(query), limit + 1L);
    }

    /**
     * Applications per town and stage, optionally for one batch and one town, as seen at {@code now}:
     * an overdue return counts as {@code WITHDRAWN} (R-FLOW-3).
     */
    List<StageCount> countByTownAndStage(BatchCode batch, TownCode town, Instant now);

    /** Returned applications whose deadline lies in {@code [from, to)}, within the town if given. */
    List<ApplicationSummary> returnDeadlinesBetween(Instant from, Instant to, TownCode town);
}
