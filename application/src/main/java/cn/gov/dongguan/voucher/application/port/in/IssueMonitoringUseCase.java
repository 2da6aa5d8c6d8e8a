package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringQuestionnaire;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.List;

/**
 * Use case: the city bureau issues a monitoring questionnaire (R-POST-1) to the applicants funded
 * ({@code DISBURSED}) in a batch, or to named ones of them; one request per applicant.
 */
public interface IssueMonitoringUseCase {

    /**
     * @param applicants the applicants to ask; {@code null} for every applicant funded in the batch.
     *     One not funded in the batch is refused (422), and nothing is issued
     */
    List<MonitoringItem> issue(
            Actor actor,
            BatchCode batch,
            List<UnifiedSocialCreditCode> applicants,
            MonitoringQuestionnaire questionnaire);
}
