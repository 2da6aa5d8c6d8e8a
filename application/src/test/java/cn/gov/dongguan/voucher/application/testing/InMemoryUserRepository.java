package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.UserPort;
import cn.gov.dongguan.voucher.domain.account.UserAccount;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** User accounts in a map, stored as copies. */
public final class InMemoryUserRepository implements UserPort {

    private final Map<String, UserAccount> users = new ConcurrentHashMap<>();

    private static UserAccount copy(UserAccount u) {
        return new UserAccount(
                u.username(),
                u.displayName(),
                u.role(),
                u.town(),
                u.passwordHash(),
                u.enabled(),
                u.demo(),
                u.failedAttempts(),
                u.lockedUntil());
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.get(username)).map(InMemoryUserRepository::copy);
    }

    @Override
    public List<UserAccount> findAll() {
        return users.values().stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .map(InMemoryUserRepository::copy)
                .toList();
    }

    @Override
    public void save(UserAccount user) {
        users.put(user.username(), copy(user));
    }
}
