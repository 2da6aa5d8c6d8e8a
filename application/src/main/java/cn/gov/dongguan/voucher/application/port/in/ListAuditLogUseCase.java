package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.List;

/** Use case: administrators and the city bureau read the audit log. */
public interface ListAuditLogUseCase {

    List<AuditEntry> list(Actor actor, AuditQuery query);
}
