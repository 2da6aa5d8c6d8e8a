package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.time.LocalDate;

/** Use case: the city government's approval is recorded: REPORTED → APPROVED. */
public interface RecordApprovalUseCase {

    BatchStepResult approve(Actor actor, BatchCode code, LocalDate approvedOn, String documentNo);
}
