package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.ApplicantPort;
import cn.gov.dongguan.voucher.domain.applicant.Applicant;
import cn.gov.dongguan.voucher.domain.shared.UnifiedSocialCreditCode;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Applicants in table {@code applicant} with their related parties and disqualifications. */
public class JpaApplicantRepository implements ApplicantPort {

    private final JpaContext jpa;

    public JpaApplicantRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Applicant> find(UnifiedSocialCreditCode uscc) {
        return Optional.ofNullable(jpa.em().find(ApplicantJpaEntity.class, uscc.value()))
                .map(ApplicantMapper::toDomain);
    }

    @Override
    public java.util.Set<UnifiedSocialCreditCode> disqualifiedAmong(Collection<UnifiedSocialCreditCode> codes) {
        if (codes.isEmpty()) {
            return java.util.Set.of();
        }
        return jpa
                .em()
                .createQuery(
                        "SELECT DISTINCT a.uscc FROM ApplicantJpaEntity a JOIN a.disqualifications d "
                                + "WHERE a.uscc IN :codes AND d.liftedAt IS NULL",
                        String.class)
                .setParameter(
                        "codes",
                        codes.stream()
                                .map(UnifiedSocialCreditCode::value)
                                .distinct()
                                .toList())
                .getResultList()
                .stream()
                .map(UnifiedSocialCreditCode::of)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<Applicant> findAll(Collection<UnifiedSocialCreditCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jpa
                .em()
                .createQuery("SELECT a FROM ApplicantJpaEntity a WHERE a.uscc IN :codes", ApplicantJpaEntity.class)
                .setParameter(
                        "codes",
                        codes.stream()
                                .map(UnifiedSocialCreditCode::value)
                                .distinct()
                                .toList())
                .getResultList()
                .stream()
                .map(ApplicantMapper::toDomain)
                .toList();
    }

    @Override
    public void save(Applicant applicant) {
        EntityManager em = jpa.em();
        ApplicantJpaEntity entity =
                em.find(ApplicantJpaEntity.class, applicant.uscc().value());
        boolean fresh = entity == null;
        if (fresh) {
            entity = new ApplicantJpaEntity();
        }
        ApplicantMapper.copy(applicant, entity);
        if (fresh) {
            em.persist(entity);
        }
    }
}
