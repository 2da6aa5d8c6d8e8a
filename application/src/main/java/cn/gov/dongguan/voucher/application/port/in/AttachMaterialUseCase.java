package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.filing.Material;
import cn.gov.dongguan.voucher.domain.reference.MaterialType;
import cn.gov.dongguan.voucher.domain.review.Actor;
import java.io.InputStream;

/**
 * Use case: the portal uploads a material (R-REF-6): PDF, JPEG, PNG or OFD judged by content,
 * 20 MiB at most, hashed with SHA-256.
 */
public interface AttachMaterialUseCase {

    Material attach(Actor actor, ApplicationId id, MaterialType type, String fileName, InputStream content);
}
