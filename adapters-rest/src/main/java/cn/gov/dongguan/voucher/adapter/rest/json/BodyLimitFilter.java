package cn.gov.dongguan.voucher.adapter.rest.json;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The edge of every request body, before anything reads it: a body must say what it is
 * ({@code Content-Type}, else 415), and may not be larger than its endpoint takes — a declared
 * {@code Content-Length} over the limit is 413 at once, and a body that grows past it while being
 * read (chunked) is 413 as soon as it does, so no body is ever read whole before it is judged.
 * Limits: 64 KiB for the public endpoints (objections need no token), 8 MiB for JSON (10,000 usage
 * records take about 2.5 MiB), 21 MiB for a material's multipart upload (20 MiB of file), 1 MiB else.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

    public static final long PUBLIC_LIMIT = 64L * 1024;
    public static final long JSON_LIMIT = 8L * 1024 * 1024;
    public static final long UPLOAD_LIMIT = 21L * 1024 * 1024;
    public static final long OTHER_LIMIT = 1024L * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new MalformedBodyException("Content-Length is not a number");
        }
        boolean hasBody = declared > 0 || (declared < 0 && chunked);
        if (!hasBody) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            throw new jakarta.ws.rs.NotSupportedException(
                    "a request body needs a Content-Type (application/json for the API's bodies)");
        }
        long limit = limit(request.getUriInfo().getPath(), type);
        if (declared > limit) {
            throw new PayloadTooLargeException(limit);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), limit));
    }

    static long limit(String path, MediaType type) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.startsWith("public/")) {
            return PUBLIC_LIMIT;
        }
        if (MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)) {
            return UPLOAD_LIMIT;
        }
        if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
            return JSON_LIMIT;
        }
        return OTHER_LIMIT;
    }

    /** A body that may not grow past its limit while it is read. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
