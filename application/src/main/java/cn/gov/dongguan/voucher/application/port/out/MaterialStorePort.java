package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.application.ContentTooLargeException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the content of uploaded materials lives, addressed by its SHA-256 and stored under that
 * generated name, never the uploader's file name. Writes are atomic: a file is either whole or
 * absent.
 */
public interface MaterialStorePort {

    /**
     * Stores the bytes read from {@code content}; more than {@code maxBytes} aborts and stores nothing.
     *
     * @throws ContentTooLargeException when the content exceeds {@code maxBytes}
     */
    StoredContent store(InputStream content, long maxBytes);

    /** The content stored under the hash, if present. */
    Optional<InputStream> open(String sha256);

    boolean exists(String sha256);

    /** Removes content that no stored material refers to (after a failed transaction). */
    void delete(String sha256);
}
