package cn.gov.dongguan.voucher.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.application.port.in.AuditEntry;
import cn.gov.dongguan.voucher.application.testing.DirectTransactions;
import cn.gov.dongguan.voucher.application.testing.InMemoryAuditLog;
import cn.gov.dongguan.voucher.application.testing.InMemoryUserRepository;
import cn.gov.dongguan.voucher.application.testing.SettableClock;
import cn.gov.dongguan.voucher.domain.account.UserAccount;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ForbiddenException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Intranet logins: slow hashes, lock-out, demo users only in demo mode, every attempt audited. */
class AccountServiceTest {

    final SettableClock clock = SettableClock.at("2025-11-01T09:00");
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryAuditLog audit = new InMemoryAuditLog();

    AccountService service(boolean demo) {
        return new AccountService(new DirectTransactions(), users, audit, clock, demo);
    }

    @Test
    void a_user_logs_in_with_the_right_password_and_the_attempts_are_audited() {
        users.save(new UserAccount(
                "town-dongcheng",
                "东城街道",
                Role.TOWN_OFFICER,
                TownCode.of("DONGCHENG"),
                PasswordHashing.hash("demo".toCharArray()),
                true,
                true,
                0,
                null));
        assertThat(users.find("town-dongcheng").orElseThrow().passwordHash())
                .startsWith("pbkdf2-sha256$210000$")
                .doesNotContain("demo");
        assertThat(service(true).login("town-dongcheng", "wrong".toCharArray())).isEmpty();
        assertThat(service(true).login("Town-Dongcheng ", "demo".toCharArray())).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo(Role.TOWN_OFFICER);
            assertThat(a.town()).isEqualTo(TownCode.of("DONGCHENG"));
        });
        assertThat(audit.all())
                .extracting(AuditEntry::result)
                .containsExactly(AuditEntry.AuditResult.DENIED, AuditEntry.AuditResult.SUCCESS);
        assertThat(audit.all()).allMatch(e -> !e.detail().contains("demo"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() {
        users.save(new UserAccount(
                "city",
                "市工信局",
                Role.CITY_OFFICER,
                null,
                PasswordHashing.hash("s3cret-pass".toCharArray()),
                true,
                false,
                0,
                null));
        AccountService accounts = service(false);
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.login("city", "guess".toCharArray())).isEmpty();
        }
        assertThat(accounts.login("city", "s3cret-pass".toCharArray())).isEmpty();
        clock.advance(Duration.ofMinutes(16));
        assertThat(accounts.login("city", "s3cret-pass".toCharArray())).isPresent();
    }

    @Test
    void demo_users_are_disabled_with_demo_mode_off_and_only_admins_manage_users() {
        users.save(new UserAccount(
                "admin", "管理员", Role.ADMIN, null, PasswordHashing.hash("demo".toCharArray()), true, true, 0, null));
        assertThat(service(false).login("admin", "demo".toCharArray())).isEmpty();
        Actor admin = service(true).login("admin", "demo".toCharArray()).orElseThrow();
        UserAccount created =
                service(true).save(admin, "expert-wang", "王专家", Role.EXPERT, null, true, "long-enough-1".toCharArray());
        assertThat(service(false).login("expert-wang", "long-enough-1".toCharArray()))
                .isPresent();
        assertThat(created.demo()).isFalse();
        assertThatThrownBy(() -> service(true).users(Actor.of("city", Role.CITY_OFFICER)))
                .isInstanceOf(ForbiddenException.class);
        // the login page lists the demo users only in demo mode, and never ordinary users
        assertThat(service(true).demoUsernames()).containsExactly("admin");
        assertThat(service(false).demoUsernames()).isEmpty();
        assertThat(service(true).demoMode()).isTrue();
    }
}
