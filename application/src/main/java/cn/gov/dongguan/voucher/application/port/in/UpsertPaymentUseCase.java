package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.lease.Payment;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.Upsert;

/** Use case: the platform pushes a payment of a lease (idempotent by payment reference). */
public interface UpsertPaymentUseCase {

    Upsert upsert(Actor actor, OrderNumber orderNo, Payment payment);
}
