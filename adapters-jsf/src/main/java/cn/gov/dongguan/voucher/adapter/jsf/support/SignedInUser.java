package cn.gov.dongguan.voucher.adapter.jsf.support;

import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Who is signed in, in this HTTP session: set by the identity store when a login succeeds. Every
 * use case call of a page bean takes {@link #actor()}; the menu follows {@link #role()}.
 */
@Named("me")
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private Role role;
    private String town;

    /** Records the principal the use case authenticated. */
    public void signIn(Actor actor) {
        this.name = actor.name();
        this.role = actor.role();
        this.town = actor.townCode().map(TownCode::value).orElse(null);
    }

    public void signOut() {
        name = null;
        role = null;
        town = null;
    }

    public boolean isSignedIn() {
        return name != null;
    }

    /** The acting principal; a page reached without a login (never, behind the security constraint) acts as nobody. */
    public Actor actor() {
        if (name == null) {
            throw new IllegalStateException("no user is signed in");
        }
        return new Actor(name, role, town == null ? null : TownCode.of(town));
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public String getTown() {
        return town;
    }

    public boolean isCityWide() {
        return role != null && role != Role.TOWN_OFFICER;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Batch work (policy, allocation, notice, report, approval, disbursement) is the city bureau's and the fund manager's. */
    public boolean isBatchWorker() {
        return role == Role.CITY_OFFICER || role == Role.FUND_MANAGER;
    }

    /** A 待办 queue is kept for the roles that decide applications: the city bureau, the towns, the experts and the fund manager. */
    public boolean isQueueWorker() {
        return role == Role.CITY_OFFICER
                || role == Role.TOWN_OFFICER
                || role == Role.EXPERT
                || role == Role.FUND_MANAGER;
    }

    /** Notice, report and approval are the city bureau's. */
    public boolean isCityOfficer() {
        return role == Role.CITY_OFFICER;
    }

    /** Policy, allocation and payment are the fund manager's. */
    public boolean isFundManager() {
        return role == Role.FUND_MANAGER;
    }

    /** Post-award monitoring (R-POST-1) is followed by the city bureau and, for their town, the town officers. */
    public boolean isMonitoringReader() {
        return role == Role.CITY_OFFICER || role == Role.TOWN_OFFICER;
    }

    /** The audit log is for administrators and the city bureau. */
    public boolean isAuditReader() {
        return role == Role.ADMIN || role == Role.CITY_OFFICER;
    }

    /** Full bank account numbers are for the fund manager, who pays; everyone else sees them masked. */
    public boolean isSeesAccountNumbers() {
        return role == Role.FUND_MANAGER;
    }
}
