package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuditQuery;
import cn.gov.dongguan.voucher.application.port.out.AuditLogPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit log as a list, chained like the database's. */
public final class InMemoryAuditLog implements AuditLogPort {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(AuditEntry entry) {
        String previous = entries.isEmpty()
                ? AuditEntry.GENESIS
                : entries.get(entries.size() - 1).hash();
        AuditEntry stored = entry.chained(entries.size() + 1L, previous);
        entries.add(stored);
        return stored;
    }

    @Override
    public synchronized List<AuditEntry> find(AuditQuery q) {
        return entries.stream()
                .filter(e -> q.actor() == null || e.actor().equals(q.actor()))
                .filter(e -> q.action() == null || e.action().equals(q.action()))
                .filter(e ->
                        q.target() == null || (e.target() != null && e.target().equals(q.target())))
                .filter(e -> q.from() == null || !e.at().isBefore(q.from()))
                .filter(e -> q.to() == null || e.at().isBefore(q.to()))
                .filter(e -> q.beforeSeq() == null || e.seq() < q.beforeSeq())
                .sorted(Comparator.comparingLong(AuditEntry::seq).reversed())
                .limit(q.limit())
                .toList();
    }

    @Override
    public synchronized long firstBrokenSeq() {
        String previous = AuditEntry.GENESIS;
        for (AuditEntry e : entries) {
            if (!e.previousHash().equals(previous) || !e.isIntact()) {
                return e.seq();
            }
            previous = e.hash();
        }
        return 0;
    }

    /** For tests of tamper detection: replaces an entry as an attacker with database access would. */
    public synchronized void tamper(int seq, AuditEntry replacement) {
        entries.set(seq - 1, replacement);
    }

    public synchronized List<AuditEntry> all() {
        return new ArrayList<>(entries);
    }
}
