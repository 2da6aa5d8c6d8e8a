package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import java.util.List;

/**
 * The audit log: every login, authorisation failure, state change and view of personal data.
 * Append-only and hash-chained; appended in the transaction of what it records.
 */
public interface AuditLogPort {

    /** Appends the entry, numbering and chaining it; returns it as stored. */
    AuditEntry append(AuditEntry entry);

    List<AuditEntry> find(AuditQuery query);

    /** Checks the whole chain; the number of the first broken entry, or 0 when intact. */
    long firstBrokenSeq();
}
