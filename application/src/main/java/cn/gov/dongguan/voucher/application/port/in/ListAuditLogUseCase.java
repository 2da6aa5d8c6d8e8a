package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.List;

/** Use case: administrators and the city bureau read the audit log. */
public interface ListAuditLogUseCase {

    List<AuditEntry> list(Actor actor, AuditQuery query);

    /**
     * What the targets of entries name, for reading the log in words: an application's or an
     * applicant's unit name, a batch's title, by target ({@code application:…}, {@code applicant:…},
     * {@code batch:…}); targets not found are left out. Read for the log's readers only, not audited
     * as views of the applications.
     */
    java.util.Map<String, String> targetNames(Actor actor, java.util.Collection<String> targets);
}
