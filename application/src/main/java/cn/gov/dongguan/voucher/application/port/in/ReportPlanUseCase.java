package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: the funding plan is reported to the city government: NOTICE_PASSED → REPORTED. */
public interface ReportPlanUseCase {

    BatchStepResult report(Actor actor, BatchCode code);
}
