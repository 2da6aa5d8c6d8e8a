package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A filed material (R-REF-6): the file's name as uploaded, its size, its SHA-256 and when it came.
 * The content itself lives in the file store under a generated name.
 */
public record Material(MaterialType type, String fileName, long size, String sha256, Instant uploadedAt) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** 20 MiB: the largest file the programme accepts. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    public Material {
        Require.present(type, "type");
        fileName = Require.name(fileName, "fileName", 255);
        Require.that(
                size > 0 && size <= MAX_SIZE,
                "file",
                "SIZE_OUT_OF_RANGE",
                null,
                "a material file has 1 byte to 20 MiB");
        Require.that(
                sha256 != null && SHA256.matcher(sha256).matches(),
                "sha256",
                "NOT_SHA256",
                null,
                "sha256 must be 64 lower-case hex digits");
        Require.present(uploadedAt, "uploadedAt");
    }
}
