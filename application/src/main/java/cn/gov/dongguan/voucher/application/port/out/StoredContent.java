package cn.gov.dongguan.voucher.application.port.out;

/**
 * A file as stored: its SHA-256 (hex, which is also its key in the store), its size in bytes, and
 * whether this call created it (false when identical content was already stored).
 */
public record StoredContent(String sha256, long size, boolean created) {}
