package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery.Keyset;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque cursors of keyset pagination, authenticated (issue 14): the list's sort, its direction
 * and the last row's sort value and id, in URL-safe base64, followed by an HMAC-SHA256 over that
 * content and the principal's scope (role and town). A cursor therefore only continues the list it
 * came from, for the scope it was given to; a forged, altered or foreign one is 422 INVALID_CURSOR,
 * and its content is never parsed before its tag is verified. The key is random per process unless
 * the assembly sets one ({@link #useKey}), which several instances behind one address must share.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001F';
    private static volatile byte[] key = random();

    private Cursor() {}

    /** The signing key, at least 32 bytes (the assembly's {@code voucher.cursor.key}). */
    public static void useKey(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("a cursor key has at least 32 bytes");
        }
        key = secret.clone();
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    static String encode(Actor actor, ApplicationSort sort, boolean descending, Keyset keyset) {
        return sign(
                actor,
                sort.name()
                        + SEPARATOR
                        + (descending ? "D" : "A")
                        + SEPARATOR
                        + keyset.value()
                        + SEPARATOR
                        + keyset.id());
    }

    static Keyset decode(Actor actor, String cursor, ApplicationSort sort, boolean descending) {
        String[] parts = verify(actor, cursor).split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 4 || !parts[0].equals(sort.name()) || !parts[1].equals(descending ? "D" : "A")) {
            throw invalid();
        }
        try {
            java.util.UUID.fromString(parts[3]);
            // the sort value as its column compares it, or nothing reaches the query
            switch (sort) {
                case CREATED_AT, UPDATED_AT -> Instant.parse(parts[2]);
                case SUBSIDY -> Long.parseLong(parts[2]);
                case APPLICANT_NAME -> {}
            }
        } catch (RuntimeException e) {
            throw invalid();
        }
        return new Keyset(parts[2], parts[3]);
    }

    /** The content with its tag, for {@code actor}'s scope. */
    static String sign(Actor actor, String content) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        byte[] raw = content.getBytes(StandardCharsets.UTF_8);
        return b64.encodeToString(raw) + "." + b64.encodeToString(tag(actor, raw));
    }

    /** The content of a cursor whose tag is right for {@code actor}'s scope; anything else is 422. */
    static String verify(Actor actor, String cursor) {
        if (cursor == null || cursor.length() > 2048) {
            throw invalid();
        }
        int dot = cursor.indexOf('.');
        if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] raw;
        byte[] tag;
        try {
            raw = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            tag = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(tag, tag(actor, raw))) {
            throw invalid();
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    private static byte[] tag(Actor actor, byte[] raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String scope = actor == null
                    ? "-"
                    : actor.role().name()
                            + SEPARATOR
                            + (actor.town() == null ? "-" : actor.town().value());
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) SEPARATOR);
            return mac.doFinal(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static ValidationException invalid() {
        return ValidationException.of(
                "after",
                "INVALID_CURSOR",
                null,
                "the cursor does not belong to this list; start again without 'after'");
    }
}
