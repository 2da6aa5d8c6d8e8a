package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import java.util.List;

/**
 * The audit log: every login, authorisation failure, state change and view of personal data.
 * Append-only and hash-chained; appended in the transaction of what it records. An adapter may number
 * and chain entries after their transaction commits ({@link #sequencePending()}), so that writers never
 * wait for one another; what {@link #find} and {@link #firstBrokenSeq} return includes every entry
 * committed before they were called.
 */
public interface AuditLogPort {

    /** Appends the entry; its number and hash are given now or when it is sequenced. */
    AuditEntry append(AuditEntry entry);

    /**
     * Numbers and chains the committed entries not yet numbered, in one place at a time; how many.
     * Adapters that number at append have nothing to do.
     */
    default int sequencePending() {
        return 0;
    }

    List<AuditEntry> find(AuditQuery query);

    /** Checks the whole chain; the number of the first broken entry, or 0 when intact. */
    long firstBrokenSeq();
}
