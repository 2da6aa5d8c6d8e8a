package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

@Embeddable
class MaterialRow {
    @Column(name = "material_type")
    String type;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "size_bytes")
    long size;

    @Column(name = "sha256")
    String sha256;

    @Column(name = "uploaded_at")
    OffsetDateTime uploadedAt;
}
