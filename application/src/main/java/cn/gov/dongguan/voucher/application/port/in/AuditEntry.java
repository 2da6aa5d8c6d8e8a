package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * What the audit log records: who ({@code actor}, role, town), when, what ({@code action} on
 * {@code target}), the result and a short detail. Never personal data in full (R-ID-3).
 *
 * @param seq 1, 2, 3 … once stored; 0 before
 * @param previousHash and {@code hash}: the tamper-evident chain, set by the log
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        Role role,
        TownCode town,
        String action,
        String target,
        AuditResult result,
        String detail,
        String previousHash,
        String hash) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
    }

    /** The genesis of the chain: the previous hash of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    /** This entry as number {@code seq} after an entry whose hash is {@code previous}, with its own hash. */
    public AuditEntry chained(long seq, String previous) {
        AuditEntry numbered =
                new AuditEntry(seq, at, actor, role, town, action, target, result, detail, previous, null);
        return new AuditEntry(
                seq, at, actor, role, town, action, target, result, detail, previous, numbered.computeHash());
    }

    /** Whether the stored hash is the hash of the content. */
    public boolean isIntact() {
        return hash != null && hash.equals(computeHash());
    }

    private String computeHash() {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {seq, at, actor, role, town, action, target, result, detail, previousHash}) {
            String text = field == null ? "\u0000" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of()
                    .formatHex(sha256.digest(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public static AuditEntry of(
            Instant at,
            String actor,
            Role role,
            TownCode town,
            String action,
            String target,
            AuditResult result,
            String detail) {
        return new AuditEntry(0, at, actor, role, town, action, target, result, detail, null, null);
    }

    /** The outcome of an audited act. */
    public enum AuditResult {
        SUCCESS,
        DENIED,
        FAILED
    }
}
