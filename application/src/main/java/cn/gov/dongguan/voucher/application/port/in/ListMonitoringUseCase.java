package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.List;
import java.util.UUID;

/**
 * Use case: reading the monitoring requests (R-POST-1). The city bureau reads them all, a town
 * officer its own town's (another town's is not found), the portal all, to deliver them; others
 * are refused.
 */
public interface ListMonitoringUseCase {

    /**
     * @param after the cursor of the previous page, or {@code null}
     * @param limit 1 to 200
     */
    record ListQuery(
            BatchCode batch,
            UUID round,
            UnifiedSocialCreditCode applicant,
            MonitoringStatus status,
            String after,
            int limit) {}

    /** @param next the cursor of the next page, or {@code null} on the last */
    record MonitoringPage(List<MonitoringItem> items, String next) {}

    MonitoringPage list(Actor actor, ListQuery query);

    MonitoringItem get(Actor actor, UUID request);

    /** The rounds of a batch with their counts, newest first (city bureau; a town officer sees its town's counts). */
    List<MonitoringRound> rounds(Actor actor, BatchCode batch);

    /** Every request of a batch with its status and answers, for the spreadsheet (city bureau; audited). */
    List<MonitoringItem> export(Actor actor, BatchCode batch);
}
