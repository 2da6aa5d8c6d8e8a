package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Applicants in a map, stored as copies. */
public final class InMemoryApplicantRepository implements ApplicantPort {

    private final Map<UnifiedSocialCreditCode, Applicant> stored = new ConcurrentHashMap<>();

    private static Applicant copy(Applicant a) {
        return new Applicant(a.uscc(), a.profile(), a.creditRecord().orElse(null), a.disqualifications());
    }

    @Override
    public Optional<Applicant> find(UnifiedSocialCreditCode uscc) {
        return Optional.ofNullable(stored.get(uscc)).map(InMemoryApplicantRepository::copy);
    }

    @Override
    public java.util.Set<UnifiedSocialCreditCode> disqualifiedAmong(Collection<UnifiedSocialCreditCode> codes) {
        return codes.stream()
                .map(stored::get)
                .filter(Objects::nonNull)
                .filter(Applicant::isDisqualified)
                .map(Applicant::uscc)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<Applicant> findAll(Collection<UnifiedSocialCreditCode> codes) {
        return codes.stream()
                .distinct()
                .map(stored::get)
                .filter(Objects::nonNull)
                .map(InMemoryApplicantRepository::copy)
                .toList();
    }

    @Override
    public void save(Applicant applicant) {
        stored.put(applicant.uscc(), copy(applicant));
    }
}
