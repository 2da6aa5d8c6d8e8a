package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.ApplicationSort;
import cn.gov.dongguan.voucher.application.port.out.ApplicationListQuery.Keyset;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of keyset pagination: the sort, its direction, and the last row's sort value
 * and id, in URL-safe base64. A cursor only continues the list it came from.
 */
final class Cursor {

    private static final char SEPARATOR = '\u001F';

    private Cursor() {}

    static String encode(ApplicationSort sort, boolean descending, Keyset keyset) {
        String raw = sort.name()
                + SEPARATOR
                + (descending ? "D" : "A")
                + SEPARATOR
                + keyset.value()
                + SEPARATOR
                + keyset.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Keyset decode(String cursor, ApplicationSort sort, boolean descending) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 4 || !parts[0].equals(sort.name()) || !parts[1].equals(descending ? "D" : "A")) {
                throw invalid();
            }
            java.util.UUID.fromString(parts[3]);
            return new Keyset(parts[2], parts[3]);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of(
                "after",
                "INVALID_CURSOR",
                null,
                "the cursor does not belong to this list; start again without 'after'");
    }
}
