package cn.gov.dongguan.voucher.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.adapter.persistence.file.FileSystemMaterialStore;
import cn.gov.dongguan.voucher.application.ContentTooLargeException;
import cn.gov.dongguan.voucher.application.port.out.MaterialStorePort;
import cn.gov.dongguan.voucher.application.testing.MaterialStorePortContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The material-store contract on a real file system, and no temporary file left behind. */
class FileSystemMaterialStoreTest extends MaterialStorePortContract {

    @TempDir
    Path root;

    @Override
    protected MaterialStorePort store() {
        return new FileSystemMaterialStore(root);
    }

    @Test
    void a_refused_upload_leaves_no_file_behind() throws IOException {
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(new byte[4097]), 4096))
                .isInstanceOf(ContentTooLargeException.class);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
