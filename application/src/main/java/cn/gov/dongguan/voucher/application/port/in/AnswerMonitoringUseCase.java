package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.monitoring.SentAnswer;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.Map;
import java.util.UUID;

/** Use case: the portal returns an applicant's answer to a monitoring request (R-POST-1). */
public interface AnswerMonitoringUseCase {

    /**
     * Every question answered with a value of its kind, else 422 per key; the same answer again
     * changes nothing, a different one once answered is 409; after the due day it is marked late.
     */
    MonitoringItem answer(Actor actor, UUID request, Map<String, SentAnswer> answers);
}
