package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores applicant units by their credit code. */
public interface ApplicantPort {

    Optional<Applicant> find(UnifiedSocialCreditCode uscc);

    /** The applicants among {@code codes} that are registered (e.g. providers that also applied). */
    List<Applicant> findAll(Collection<UnifiedSocialCreditCode> codes);

    /** The applicants among {@code codes} with a disqualification in force (R-FLOW-6), in one question for a list page. */
    Set<UnifiedSocialCreditCode> disqualifiedAmong(Collection<UnifiedSocialCreditCode> codes);

    /** Inserts or replaces the applicant with everything it holds. */
    void save(Applicant applicant);
}
