package cn.gov.dongguan.voucher.domain.account;

import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An intranet user: login name, display name, role and (for town officers) town, the password hash
 * (a slow hash made by the application layer), and the lock-out state: after
 * {@link #MAX_FAILURES} failed logins in a row the account is locked for {@link #LOCK_TIME}.
 * Demo users exist only while demo mode is on.
 */
public final class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final String username;
    private String displayName;
    private Role role;
    private TownCode town;
    private String passwordHash;
    private boolean enabled;
    private final boolean demo;
    private int failedAttempts;
    private Instant lockedUntil;

    public UserAccount(
            String username,
            String displayName,
            Role role,
            TownCode town,
            String passwordHash,
            boolean enabled,
            boolean demo,
            int failedAttempts,
            Instant lockedUntil) {
        Require.that(
                username != null && USERNAME.matcher(username).matches(),
                "username",
                "USERNAME_FORMAT",
                null,
                "a user name is 2 to 32 lower-case letters, digits, '.', '_' or '-'");
        this.username = username;
        this.displayName = Require.name(displayName, "displayName", 50);
        this.role = Require.present(role, "role");
        Require.that(role != Role.SYSTEM, "role", "NOT_A_USER_ROLE", null, "no user acts as the system");
        Require.that(
                role != Role.TOWN_OFFICER || town != null,
                "town",
                "REQUIRED",
                "R-FLOW-4",
                "a town officer belongs to a town");
        this.town = role == Role.TOWN_OFFICER ? town : null;
        this.passwordHash = Require.text(passwordHash, "passwordHash", 200);
        this.enabled = enabled;
        this.demo = demo;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records a failed login; the fifth in a row locks the account. */
    public void failedLogin(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_TIME);
            failedAttempts = 0;
        }
    }

    public void succeededLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        passwordHash = Require.text(newHash, "passwordHash", 200);
    }

    public void update(String newDisplayName, Role newRole, TownCode newTown, boolean nowEnabled) {
        UserAccount check =
                new UserAccount(username, newDisplayName, newRole, newTown, passwordHash, nowEnabled, demo, 0, null);
        displayName = check.displayName;
        role = check.role;
        town = check.town;
        enabled = nowEnabled;
    }

    public Actor actor() {
        return new Actor(username, role, town);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public TownCode town() {
        return town;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean demo() {
        return demo;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount u && u.username.equals(username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }
}
