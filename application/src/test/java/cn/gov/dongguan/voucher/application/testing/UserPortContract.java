package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.UserPort;
import cn.gov.dongguan.voucher.domain.account.UserAccount;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link UserPort} does. */
public abstract class UserPortContract extends PortContract {

    protected abstract UserPort repository();

    @Test
    void a_user_is_stored_with_role_town_and_lock_out_state() {
        UserAccount user = new UserAccount(
                "town-humen",
                "虎门镇经信局",
                Role.TOWN_OFFICER,
                TownCode.of("HUMEN"),
                "pbkdf2-sha256$1$c2FsdA==$aGFzaA==",
                true,
                false,
                0,
                null);
        tx(() -> repository().save(user));
        UserAccount found = tx(() -> repository().find("town-humen")).orElseThrow();
        assertThat(found.displayName()).isEqualTo("虎门镇经信局");
        assertThat(found.town()).isEqualTo(TownCode.of("HUMEN"));
        for (int i = 0; i < UserAccount.MAX_FAILURES; i++) {
            found.failedLogin(Instant.parse("2025-11-01T01:00:00Z"));
        }
        tx(() -> repository().save(found));
        UserAccount locked = tx(() -> repository().find("town-humen")).orElseThrow();
        assertThat(locked.isLocked(Instant.parse("2025-11-01T01:05:00Z"))).isTrue();
        assertThat(tx(() -> repository().findAll()))
                .extracting(UserAccount::username)
                .contains("town-humen");
        assertThat(tx(() -> repository().find("nobody"))).isEmpty();
    }
}
