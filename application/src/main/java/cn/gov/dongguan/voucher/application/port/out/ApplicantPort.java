package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores applicant units by their credit code. */
public interface ApplicantPort {

    Optional<Applicant> find(UnifiedSocialCreditCode uscc);

    /** The applicants among {@code codes} that are registered (e.g. providers that also applied). */
    List<Applicant> findAll(Collection<UnifiedSocialCreditCode> codes);

    /** Inserts or replaces the applicant with everything it holds. */
    void save(Applicant applicant);
}
