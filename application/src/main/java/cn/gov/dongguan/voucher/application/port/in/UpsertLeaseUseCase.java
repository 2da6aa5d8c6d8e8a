package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.lease.LeaseTerms;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.Upsert;

/** Use case: the platform pushes a lease (idempotent by order number; frozen once claimed past DRAFT). */
public interface UpsertLeaseUseCase {

    Upsert upsert(Actor actor, OrderNumber orderNo, LeaseTerms terms);
}
