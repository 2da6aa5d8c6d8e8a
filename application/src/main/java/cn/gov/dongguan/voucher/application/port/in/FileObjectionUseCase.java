package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import java.util.UUID;

/** Use case: anyone files an objection to an application while it is in public notice. */
public interface FileObjectionUseCase {

    UUID file(BatchCode batch, ApplicationId applicationId, String text, String contact);
}
