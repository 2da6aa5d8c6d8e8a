package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.lease.Invoice;
import cn.gov.dongguan.voucher.domain.lease.OrderNumber;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.Upsert;

/** Use case: the platform pushes an invoice of a lease (idempotent by invoice number). */
public interface UpsertInvoiceUseCase {

    Upsert upsert(Actor actor, OrderNumber orderNo, Invoice invoice);
}
