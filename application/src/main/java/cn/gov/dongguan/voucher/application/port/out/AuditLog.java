package cn.gov.dongguan.voucher.application.port.out;

import java.util.List;

/**
 * The audit log: every login, authorisation failure, state change and view of personal data.
 * Append-only and hash-chained; appended in the transaction of what it records.
 */
public interface AuditLog {

    /** Appends the entry, numbering and chaining it; returns it as stored. */
    AuditEntry append(AuditEntry entry);

    List<AuditEntry> find(AuditQuery query);

    /** Checks the whole chain; the number of the first broken entry, or 0 when intact. */
    long firstBrokenSeq();
}
