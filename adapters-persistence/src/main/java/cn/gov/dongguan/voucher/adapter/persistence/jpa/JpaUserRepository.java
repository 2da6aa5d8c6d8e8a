package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.UserPort;
import cn.gov.dongguan.voucher.domain.account.UserAccount;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Role;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Intranet users in table {@code intranet_user}. */
public class JpaUserRepository implements UserPort {

    private final JpaContext jpa;

    public JpaUserRepository(JpaContext jpa) {
        this.jpa = jpa;
    }

    private static UserAccount toDomain(UserJpaEntity e) {
        return new UserAccount(
                e.username,
                e.displayName,
                Role.valueOf(e.role),
                e.town == null ? null : TownCode.of(e.town),
                e.passwordHash,
                e.enabled,
                e.demo,
                e.failedAttempts,
                Mapping.instant(e.lockedUntil));
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(jpa.em().find(UserJpaEntity.class, username)).map(JpaUserRepository::toDomain);
    }

    @Override
    public List<UserAccount> findAll() {
        return jpa
                .em()
                .createQuery("SELECT u FROM UserJpaEntity u ORDER BY u.username", UserJpaEntity.class)
                .getResultList()
                .stream()
                .map(JpaUserRepository::toDomain)
                .toList();
    }

    @Override
    public void save(UserAccount user) {
        EntityManager em = jpa.em();
        UserJpaEntity e = em.find(UserJpaEntity.class, user.username());
        boolean fresh = e == null;
        if (fresh) {
            e = new UserJpaEntity();
            e.username = user.username();
        }
        e.displayName = user.displayName();
        e.role = user.role().name();
        e.town = user.town() == null ? null : user.town().value();
        e.passwordHash = user.passwordHash();
        e.enabled = user.enabled();
        e.demo = user.demo();
        e.failedAttempts = user.failedAttempts();
        e.lockedUntil = Mapping.utc(user.lockedUntil());
        if (fresh) {
            em.persist(e);
        }
    }
}
