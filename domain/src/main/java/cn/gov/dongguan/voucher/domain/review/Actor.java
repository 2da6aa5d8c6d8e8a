package cn.gov.dongguan.voucher.domain.review;

import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.util.Optional;

/**
 * Who acts: a principal's name, role and, for town officers, their town. A town officer without a
 * town cannot exist.
 */
public record Actor(String name, Role role, TownCode town) {

    public Actor {
        name = Require.text(name, "actor.name", 100);
        Require.present(role, "actor.role");
        if (role == Role.TOWN_OFFICER) {
            Require.present(town, "actor.town");
        }
    }

    public static Actor of(String name, Role role) {
        return new Actor(name, role, null);
    }

    public static Actor townOfficer(String name, TownCode town) {
        return new Actor(name, Role.TOWN_OFFICER, town);
    }

    /** The scheduler, for deadline-driven moves. */
    public static Actor system() {
        return new Actor("scheduler", Role.SYSTEM, null);
    }

    public Optional<TownCode> townCode() {
        return Optional.ofNullable(town);
    }
}
