package cn.gov.dongguan.voucher.adapter.rest.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON as UTF-8 bytes straight into a buffer, for the few answers of tens of megabytes (the
 * allocation simulation's 300,000 rows): JSON-P's generator encodes every character through a
 * {@code Writer}, which was most of that answer's time (issue 12). It writes only what it is told in the
 * order it is told, so the caller keeps the structure; strings are escaped as RFC 8259 requires
 * (quotation mark, reverse solidus and the control characters), everything else is written as is.
 * {@code JsonBytesTest} checks that JSON-P reads back exactly what was written.
 */
public final class JsonBytes implements AutoCloseable {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    public JsonBytes(OutputStream out) {
        this.out = out;
    }

    /** Punctuation or a literal written as it is: {@code {}, [, ], "key":, true}. */
    public JsonBytes raw(String ascii) throws IOException {
        for (int i = 0; i < ascii.length(); i++) {
            put((byte) ascii.charAt(i));
        }
        return this;
    }

    /** {@code "key":} */
    public JsonBytes key(String key) throws IOException {
        string(key);
        put((byte) ':');
        return this;
    }

    /** A JSON string, or {@code null}. */
    public JsonBytes string(String text) throws IOException {
        if (text == null) {
            return raw("null");
        }
        put((byte) '"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                put((byte) '\\');
                put((byte) c);
            } else if (c < 0x20) {
                put((byte) '\\');
                put((byte) 'u');
                put((byte) '0');
                put((byte) '0');
                put(HEX[c >> 4]);
                put(HEX[c & 0xf]);
            } else if (c < 0x80) {
                put((byte) c);
            } else if (c < 0x800) {
                put((byte) (0xc0 | (c >> 6)));
                put((byte) (0x80 | (c & 0x3f)));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                put((byte) (0xf0 | (cp >> 18)));
                put((byte) (0x80 | ((cp >> 12) & 0x3f)));
                put((byte) (0x80 | ((cp >> 6) & 0x3f)));
                put((byte) (0x80 | (cp & 0x3f)));
            } else if (Character.isSurrogate(c)) {
                // a lone surrogate is no character: written as '?', as JSON-P's writer and String.getBytes do
                put((byte) '?');
            } else {
                put((byte) (0xe0 | (c >> 12)));
                put((byte) (0x80 | ((c >> 6) & 0x3f)));
                put((byte) (0x80 | (c & 0x3f)));
            }
        }
        put((byte) '"');
        return this;
    }

    private void put(byte b) throws IOException {
        if (size == buffer.length) {
            out.write(buffer, 0, size);
            size = 0;
        }
        buffer[size++] = b;
    }

    /** Writes what is buffered; the stream stays open (the container closes it). */
    @Override
    public void close() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
        out.flush();
    }
}
