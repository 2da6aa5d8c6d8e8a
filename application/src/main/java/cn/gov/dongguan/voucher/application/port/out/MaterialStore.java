package cn.gov.dongguan.voucher.application.port.out;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where the content of uploaded materials lives, addressed by its SHA-256 and stored under that
 * generated name, never the uploader's file name. Writes are atomic: a file is either whole or
 * absent.
 */
public interface MaterialStore {

    /**
     * Stores the bytes read from {@code content}; more than {@code maxBytes} aborts and stores nothing.
     *
     * @throws TooLargeException when the content exceeds {@code maxBytes}
     */
    StoredContent store(InputStream content, long maxBytes);

    /** The content stored under the hash, if present. */
    Optional<InputStream> open(String sha256);

    boolean exists(String sha256);

    /** Removes content that no stored material refers to (after a failed transaction). */
    void delete(String sha256);

    /** Thrown when content is larger than allowed; nothing was stored. */
    class TooLargeException extends RuntimeException {

        public TooLargeException(long maxBytes) {
            super("content exceeds " + maxBytes + " bytes");
        }
    }
}
