package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.port.in.AuthenticateUseCase;
import cn.gov.dongguan.voucher.application.port.in.ManageUsersUseCase;
import cn.gov.dongguan.voucher.application.port.out.AuditLogPort;
import cn.gov.dongguan.voucher.application.port.out.ClockPort;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import cn.gov.dongguan.voucher.application.port.out.UserPort;
import cn.gov.dongguan.voucher.domain.account.UserAccount;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Intranet logins (audited, locked after repeated failures) and the administration of users. */
public final class AccountService implements AuthenticateUseCase, ManageUsersUseCase {

    private final TransactionsPort transactions;
    private final UserPort users;
    private final AuditLogPort audit;
    private final ClockPort clock;
    private final boolean demoMode;
    private final UseCaseRunner runner;

    public AccountService(
            TransactionsPort transactions, UserPort users, AuditLogPort audit, ClockPort clock, boolean demoMode) {
        this.transactions = Objects.requireNonNull(transactions);
        this.users = Objects.requireNonNull(users);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        this.demoMode = demoMode;
        this.runner = new UseCaseRunner(transactions, audit, clock);
    }

    @Override
    public Optional<Actor> login(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Optional<UserAccount> found = users.find(name);
            String outcome;
            Optional<Actor> result = Optional.empty();
            if (found.isEmpty()) {
                outcome = "unknown user";
            } else if (!found.get().enabled() || (found.get().demo() && !demoMode)) {
                outcome = "account disabled";
            } else if (found.get().isLocked(now)) {
                outcome = "account locked until " + found.get().lockedUntil();
            } else if (!PasswordHashing.verify(password, found.get().passwordHash())) {
                found.get().failedLogin(now);
                users.save(found.get());
                outcome = found.get().isLocked(now) ? "wrong password; account locked" : "wrong password";
            } else {
                found.get().succeededLogin();
                users.save(found.get());
                outcome = "logged in";
                result = Optional.of(found.get().actor());
            }
            Actor who = found.map(UserAccount::actor).orElse(null);
            audit.append(AuditEntry.of(
                    now,
                    name.isEmpty() ? "?" : name,
                    who == null ? null : who.role(),
                    who == null ? null : who.town(),
                    "LOGIN",
                    "user:" + name,
                    result.isPresent() ? AuditEntry.AuditResult.SUCCESS : AuditEntry.AuditResult.DENIED,
                    outcome));
            return result;
        });
    }

    @Override
    public boolean demoMode() {
        return demoMode;
    }

    @Override
    public List<String> demoUsernames() {
        if (!demoMode) {
            return List.of();
        }
        return transactions.inTransaction(() -> users.findAll().stream()
                .filter(u -> u.demo() && u.enabled())
                .map(UserAccount::username)
                .sorted()
                .toList());
    }

    @Override
    public List<UserAccount> users(Actor actor) {
        return runner.run(actor, "LIST_USERS", "users", () -> {
            UseCaseRunner.requireRole(actor, Role.ADMIN);
            return users.findAll();
        });
    }

    @Override
    public UserAccount save(
            Actor actor,
            String username,
            String displayName,
            Role role,
            TownCode town,
            boolean enabled,
            char[] newPassword) {
        return runner.run(actor, "SAVE_USER", "user:" + username, () -> {
            UseCaseRunner.requireRole(actor, Role.ADMIN);
            if (newPassword != null && newPassword.length > 0 && newPassword.length < 8) {
                throw ValidationException.of("password", "TOO_SHORT", null, "a password has at least 8 characters");
            }
            UserAccount user = users.find(username)
                    .map(existing -> {
                        existing.update(displayName, role, town, enabled);
                        return existing;
                    })
                    .orElseGet(() -> {
                        if (newPassword == null || newPassword.length == 0) {
                            throw ValidationException.of("password", "REQUIRED", null, "a new user needs a password");
                        }
                        return new UserAccount(
                                username,
                                displayName,
                                role,
                                town,
                                PasswordHashing.hash(newPassword),
                                enabled,
                                false,
                                0,
                                null);
                    });
            if (newPassword != null && newPassword.length > 0) {
                user.changePassword(PasswordHashing.hash(newPassword));
            }
            users.save(user);
            runner.audited(actor, "SAVE_USER", "user:" + username, role.code() + (town == null ? "" : " " + town));
            return user;
        });
    }
}
