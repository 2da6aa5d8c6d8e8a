package cn.gov.dongguan.voucher.adapter.rest.resource;

import cn.gov.dongguan.voucher.adapter.rest.error.PreconditionRequiredException;
import cn.gov.dongguan.voucher.domain.shared.Upsert;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/** Small HTTP conventions shared by the resources. */
final class Http {

    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    private Http() {}

    /** 201 with {@code Location} for a created resource, 200 otherwise. */
    static Response upserted(Upsert outcome, UriInfo uri, Object body) {
        if (outcome == Upsert.CREATED) {
            return Response.created(uri.getRequestUri()).entity(body).build();
        }
        return Response.ok(body).build();
    }

    /** A list's {@code limit} parameter: 50 when absent, a whole number from 1 to 200, else 422. */
    static int limit(String limit) {
        int size = 50;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw cn.gov.dongguan.voucher.domain.shared.ValidationException.of(
                        "limit", "NOT_AN_INTEGER", null, "limit must be a whole number, 1 to 200");
            }
        }
        if (size < 1 || size > 200) {
            throw cn.gov.dongguan.voucher.domain.shared.ValidationException.of(
                    "limit", "OUT_OF_RANGE", null, "limit must be 1 to 200");
        }
        return size;
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** {@code If-Match: *}: whatever version is current. */
    static final long ANY_VERSION = -1;

    /**
     * The version named by {@code If-Match} (RFC 9110 §13.1.1): the strong tag {@code "3"} (also
     * written bare, {@code 3}); {@code *} alone for whatever version is current; 428 when absent.
     * Anything else — a weak tag (If-Match compares strongly), a list, {@code "*"} quoted, a negative
     * or otherwise no version of ours — can never match: 412.
     */
    static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException("review actions need If-Match with the version (ETag) acted on");
        }
        String v = header.strip();
        if (v.equals("*")) {
            return ANY_VERSION;
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        if (!VERSION.matcher(v).matches()) {
            throw new cn.gov.dongguan.voucher.application.StaleVersionException(
                    "the application", Long.MIN_VALUE, null);
        }
        return Long.parseLong(v);
    }
}
