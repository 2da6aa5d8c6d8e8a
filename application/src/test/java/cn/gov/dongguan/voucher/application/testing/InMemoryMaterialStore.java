package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.ContentTooLargeException;
import cn.gov.dongguan.voucher.application.port.out.MaterialStorePort;
import cn.gov.dongguan.voucher.application.port.out.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Material content in a map by SHA-256. */
public final class InMemoryMaterialStore implements MaterialStorePort {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public StoredContent store(InputStream content, long maxBytes) {
        try (InputStream in = content) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ContentTooLargeException(maxBytes);
                }
                buffer.write(chunk, 0, n);
            }
            byte[] bytes = buffer.toByteArray();
            String sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            boolean created = files.putIfAbsent(sha256, bytes) == null;
            return new StoredContent(sha256, bytes.length, created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        return Optional.ofNullable(files.get(sha256)).map(ByteArrayInputStream::new);
    }

    @Override
    public boolean exists(String sha256) {
        return files.containsKey(sha256);
    }

    @Override
    public void delete(String sha256) {
        files.remove(sha256);
    }

    public int size() {
        return files.size();
    }
}
