package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.Money;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.List;

/** Use case: anyone reads the public notice of a batch: name, code, town, subsidy — nothing personal. */
public interface GetPublicNoticeUseCase {

    List<NoticeEntry> notice(BatchCode code);

    /** One line of the public notice. */
    record NoticeEntry(
            ApplicationId applicationId,
            String applicantName,
            UnifiedSocialCreditCode uscc,
            TownCode town,
            Money subsidy) {}
}
