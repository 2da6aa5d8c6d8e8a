package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.applicant.CreditRecord;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The credit look-ups of 信用中国 (R-ELIG-4, R-REF-6 item 5). Empty when no look-up could be made;
 * the result carries the day it was made.
 */
public interface CreditLookupPort {

    Optional<CreditRecord> lookUp(UnifiedSocialCreditCode uscc, LocalDate today);
}
