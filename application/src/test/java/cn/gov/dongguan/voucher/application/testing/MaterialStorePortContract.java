package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.ContentTooLargeException;
import cn.gov.dongguan.voucher.application.port.out.MaterialStorePort;
import cn.gov.dongguan.voucher.application.port.out.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What every {@link MaterialStorePort} does: content by SHA-256, size limit, nothing half-stored. */
public abstract class MaterialStorePortContract {

    protected abstract MaterialStorePort store();

    @Test
    void content_is_stored_by_its_sha256_once() throws Exception {
        byte[] bytes = "%PDF-1.7 申报材料".getBytes(StandardCharsets.UTF_8);
        StoredContent stored = store().store(new ByteArrayInputStream(bytes), 1024);
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).matches("[0-9a-f]{64}");
        assertThat(stored.created()).isTrue();
        assertThat(store().store(new ByteArrayInputStream(bytes), 1024).created())
                .isFalse();
        try (InputStream in = store().open(stored.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        store().delete(stored.sha256());
        assertThat(store().exists(stored.sha256())).isFalse();
        assertThat(store().open(stored.sha256())).isEmpty();
    }

    @Test
    void too_large_content_is_refused_and_nothing_is_stored() {
        byte[] bytes = new byte[2049];
        bytes[0] = 1;
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(bytes), 2048))
                .isInstanceOf(ContentTooLargeException.class);
        StoredContent fits = store().store(new ByteArrayInputStream(bytes, 0, 2048), 2048);
        assertThat(fits.size()).isEqualTo(2048);
    }
}
