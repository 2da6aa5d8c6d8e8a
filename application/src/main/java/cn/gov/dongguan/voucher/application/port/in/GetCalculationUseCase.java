package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.calculation.Calculation;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.review.Actor;

/** Use case: the explained calculation of an application (R-CALC-8). */
public interface GetCalculationUseCase {

    Calculation calculation(Actor actor, ApplicationId id);
}
