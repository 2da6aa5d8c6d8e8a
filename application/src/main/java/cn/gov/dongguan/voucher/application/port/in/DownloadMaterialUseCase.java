package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.io.InputStream;

/** Use case: a principal who may see the application downloads one of its materials. */
public interface DownloadMaterialUseCase {

    MaterialContent open(Actor actor, ApplicationId id, MaterialType type);

    /** The material, its media type as judged from its content, and the bytes. */
    record MaterialContent(Material material, String mediaType, InputStream content) {}
}
