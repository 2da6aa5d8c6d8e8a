package cn.gov.dongguan.voucher.domain.review;

import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained review history of one application (R-FLOW-2). Entries are only
 * ever added; each carries the hash of the one before, so changing or removing any entry breaks
 * the chain and {@link #verify()} finds where.
 */
public final class ReviewHistory {

    private final List<ReviewRecord> records;

    public ReviewHistory(List<ReviewRecord> records) {
        this.records = new ArrayList<>(records);
    }

    public static ReviewHistory empty() {
        return new ReviewHistory(List.of());
    }

    ReviewRecord append(
            Instant at,
            ReviewStage from,
            ReviewStage to,
            ReviewAction action,
            Actor actor,
            String reason,
            List<MaterialType> returnItems,
            String note) {
        String previous = records.isEmpty()
                ? ReviewRecord.GENESIS
                : records.get(records.size() - 1).hash();
        ReviewRecord record = ReviewRecord.chain(
                records.size() + 1, at, from, to, action, actor, reason, returnItems, note, previous);
        records.add(record);
        return record;
    }

    /** Appends a move; used by the aggregate that owns this history. */
    public ReviewRecord record(
            Instant at,
            ReviewStage from,
            ReviewStage to,
            ReviewAction action,
            Actor actor,
            String reason,
            List<MaterialType> returnItems,
            String note) {
        if (!records.isEmpty() && at.isBefore(records.get(records.size() - 1).at())) {
            // Clocks of several instances may differ slightly; the history stays in order of entry.
            at = records.get(records.size() - 1).at();
        }
        return append(at, from, to, action, actor, reason, returnItems, note);
    }

    public List<ReviewRecord> records() {
        return List.copyOf(records);
    }

    public Optional<ReviewRecord> last() {
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /** Checks numbering, links and hashes; the result names the first broken entry, if any. */
    public ChainVerification verify() {
        String previous = ReviewRecord.GENESIS;
        for (int i = 0; i < records.size(); i++) {
            ReviewRecord record = records.get(i);
            if (record.seq() != i + 1 || !record.previousHash().equals(previous) || !record.isIntact()) {
                return ChainVerification.brokenAt(i + 1);
            }
            previous = record.hash();
        }
        return ChainVerification.intact(records.size());
    }

    /** The outcome of checking a hash chain. */
    public record ChainVerification(boolean intact, int entries, int firstBrokenSeq) {

        static ChainVerification intact(int entries) {
            return new ChainVerification(true, entries, 0);
        }

        static ChainVerification brokenAt(int seq) {
            return new ChainVerification(false, seq - 1, seq);
        }
    }
}
