package cn.gov.dongguan.voucher.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Judges an upload by its content, never by its declared type or name: PDF ({@code %PDF-}), JPEG
 * ({@code FF D8 FF}), PNG (its 8-byte signature) or OFD (a ZIP container with {@code OFD.xml} at
 * its root, GB/T 33190). Anything else is refused.
 */
final class ContentSniffer {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String OFD = "application/ofd";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private ContentSniffer() {}

    /** The media type of the content, or empty when it is none of the allowed kinds. */
    static Optional<String> detect(InputStream content) {
        try (InputStream in = content) {
            byte[] head = in.readNBytes(8);
            if (startsWith(head, PDF_MAGIC)) {
                return Optional.of(PDF);
            }
            if (startsWith(head, JPEG_MAGIC)) {
                return Optional.of(JPEG);
            }
            if (startsWith(head, PNG_MAGIC)) {
                return Optional.of(PNG);
            }
            if (startsWith(head, ZIP_MAGIC)
                    && isOfd(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in))) {
                return Optional.of(OFD);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOfd(InputStream zip) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(zip)) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = entries.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
                if (entry.getName().equals("OFD.xml")) {
                    return true;
                }
            }
            return false;
        } catch (java.util.zip.ZipException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}
