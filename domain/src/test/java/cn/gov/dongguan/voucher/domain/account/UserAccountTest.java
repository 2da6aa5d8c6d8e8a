package cn.gov.dongguan.voucher.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Intranet accounts: lock-out after repeated failures, town officers bound to a town. */
class UserAccountTest {

    final Instant t = Instant.parse("2025-11-01T01:00:00Z");

    @Test
    void five_failed_logins_in_a_row_lock_the_account_for_15_minutes() {
        UserAccount user = new UserAccount("city", "市工信局", Role.CITY_OFFICER, null, "hash", true, false, 0, null);
        for (int i = 0; i < 4; i++) {
            user.failedLogin(t);
        }
        assertThat(user.isLocked(t)).isFalse();
        user.failedLogin(t);
        assertThat(user.isLocked(t.plusSeconds(60))).isTrue();
        assertThat(user.isLocked(t.plusSeconds(15 * 60))).isFalse();
        user.succeededLogin();
        assertThat(user.failedAttempts()).isZero();
    }

    @Test
    @Tag("R-FLOW-4")
    void r_flow_4_a_town_officer_has_a_town_and_nobody_is_the_system() {
        assertThatThrownBy(() -> new UserAccount("town", "镇街", Role.TOWN_OFFICER, null, "hash", true, false, 0, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new UserAccount("robot", "系统", Role.SYSTEM, null, "hash", true, false, 0, null))
                .isInstanceOf(ValidationException.class);
        UserAccount officer = new UserAccount(
                "town-dongcheng", "东城街道", Role.TOWN_OFFICER, TownCode.of("DONGCHENG"), "hash", true, true, 0, null);
        assertThat(officer.actor().town()).isEqualTo(TownCode.of("DONGCHENG"));
        assertThatThrownBy(() -> new UserAccount("Bad Name", "x", Role.ADMIN, null, "hash", true, false, 0, null))
                .isInstanceOf(ValidationException.class);
    }
}
