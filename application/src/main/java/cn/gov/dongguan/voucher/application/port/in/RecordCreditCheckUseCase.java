package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;

/** Use case: record the result of the credit look-ups of an applicant (R-ELIG-4). */
public interface RecordCreditCheckUseCase {

    UpsertResult<CreditRecord> record(Actor actor, UnifiedSocialCreditCode uscc, CreditRecord record);
}
