package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: the city bureau publishes the public notice (公示) of a batch: ALLOCATED → PUBLIC_NOTICE. */
public interface PublishNoticeUseCase {

    BatchStepResult publish(Actor actor, BatchCode code);
}
