package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.in.ApplicationSummary;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListPort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery;
import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.ReviewStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every row of a batch's list, walked through keyset pages of 200 in order of creation (exports, issues). */
final class ApplicationRows {

    private static final int PAGE = 200;

    private ApplicationRows() {}

    /**
     * @param scope the town the rows are confined to, or {@code null} for the city
     * @param stages the stages to include; empty for all
     * @param now the moment the rows are read at (an overdue return reads as withdrawn), or {@code null}
     */
    static List<ApplicationSummary> all(
            ApplicationListPort applications, TownCode scope, BatchCode batch, Set<ReviewStage> stages, Instant now) {
        List<ApplicationSummary> rows = new ArrayList<>();
        ApplicationListQuery.Keyset after = null;
        while (true) {
            List<ApplicationSummary> page = applications.list(new ApplicationListQuery(
                            scope,
                            batch,
                            stages,
                            null,
                            null,
                            null,
                            null,
                            null,
                            ApplicationSort.CREATED_AT,
                            false,
                            after,
                            PAGE)
                    .at(now));
            rows.addAll(page.subList(0, Math.min(PAGE, page.size())));
            if (page.size() <= PAGE) {
                return rows;
            }
            ApplicationSummary last = page.get(PAGE - 1);
            after = new ApplicationListQuery.Keyset(
                    last.createdAt().toString(), last.id().toString());
        }
    }
}
