package cn.gov.dongguan.voucher.application.service;

import cn.gov.dongguan.voucher.application.NotFoundException;
import cn.gov.dongguan.voucher.domain.filing.Application;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;

/**
 * Who may see what (quality.md, R-FLOW-4). The compute platform pushes data but reads no
 * application; a town officer sees only the applications and applicants of its own town, and for
 * anything else the answer is "not found", never a hint that it exists.
 */
final class Access {

    private Access() {}

    /** The roles that read applications; the platform does not. */
    static void requireApplicationReader(Actor actor) {
        UseCaseRunner.requireRole(
                actor, Role.PORTAL, Role.CITY_OFFICER, Role.TOWN_OFFICER, Role.EXPERT, Role.FUND_MANAGER, Role.ADMIN);
    }

    /** For a principal that may read applications: only its own town's, if it is a town officer. */
    static void requireVisible(Actor actor, Application application) {
        requireTownVisible(actor, application.town(), "application " + application.id());
    }

    static void requireTownVisible(Actor actor, TownCode town, String what) {
        if (actor.role() == Role.TOWN_OFFICER
                && !actor.townCode().map(town::equals).orElse(false)) {
            throw new NotFoundException(what);
        }
    }

    /** The town a principal's lists are confined to, or {@code null} for the whole city. */
    static TownCode scopeTown(Actor actor) {
        return actor.role() == Role.TOWN_OFFICER ? actor.town() : null;
    }
}
