package cn.gov.dongguan.voucher.domain.review;

import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an application's review history (R-FLOW-2): stage from/to ({@code from} is
 * {@code null} for the creation), action, actor, role, town, time, reason, the material items of a
 * return, a short note of what was recorded (verified amount, dossier received, bank reference …),
 * the hash of the previous entry and its own hash, which covers all of it.
 */
public record ReviewRecord(
        int seq,
        Instant at,
        ReviewStage from,
        ReviewStage to,
        ReviewAction action,
        String actorName,
        Role role,
        TownCode town,
        String reason,
        List<MaterialType> returnItems,
        String note,
        String previousHash,
        String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    public ReviewRecord {
        Require.that(seq >= 1, "seq", "OUT_OF_RANGE", "R-FLOW-2", "history entries are numbered from 1");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(role, "role");
        returnItems = returnItems == null ? List.of() : List.copyOf(returnItems);
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** Builds the next entry after one whose hash is {@code previousHash}, computing its own hash. */
    public static ReviewRecord chain(
            int seq,
            Instant at,
            ReviewStage from,
            ReviewStage to,
            ReviewAction action,
            Actor actor,
            String reason,
            List<MaterialType> returnItems,
            String note,
            String previousHash) {
        List<MaterialType> items = returnItems == null ? List.of() : List.copyOf(returnItems);
        String hash = hashOf(
                seq, at, from, to, action, actor.name(), actor.role(), actor.town(), reason, items, note, previousHash);
        return new ReviewRecord(
                seq,
                at,
                from,
                to,
                action,
                actor.name(),
                actor.role(),
                actor.town(),
                reason,
                items,
                note,
                previousHash,
                hash);
    }

    /** Whether the stored hash is the hash of the content. */
    public boolean isIntact() {
        return hash.equals(
                hashOf(seq, at, from, to, action, actorName, role, town, reason, returnItems, note, previousHash));
    }

    static String hashOf(
            int seq,
            Instant at,
            ReviewStage from,
            ReviewStage to,
            ReviewAction action,
            String actorName,
            Role role,
            TownCode town,
            String reason,
            List<MaterialType> items,
            String note,
            String previousHash) {
        // Each field is length-prefixed so that no two different entries share a canonical text.
        StringBuilder canonical = new StringBuilder();
        for (Object field :
                new Object[] {seq, at, from, to, action, actorName, role, town, reason, items, note, previousHash}) {
            String text = field == null ? "\u0000" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
