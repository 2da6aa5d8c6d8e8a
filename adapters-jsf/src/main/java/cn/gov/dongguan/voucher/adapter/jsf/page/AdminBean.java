package cn.gov.dongguan.voucher.adapter.jsf.page;

import cn.gov.dongguan.voucher.adapter.jsf.support.Feedback;
import cn.gov.dongguan.voucher.adapter.jsf.support.SignedInUser;
import cn.gov.dongguan.voucher.adapter.jsf.support.Texts;
import cn.gov.dongguan.voucher.application.port.in.AuthenticateUseCase;
import cn.gov.dongguan.voucher.application.port.in.ManageTownsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ManageUsersUseCase;
import cn.gov.dongguan.voucher.domain.account.UserAccount;
import cn.gov.dongguan.voucher.domain.reference.Town;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.reference.TownKind;
import cn.gov.dongguan.voucher.domain.review.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Page 6, reference data and users (administrators): the towns, the intranet users with role and
 * town, and whether demo mode is on. Saving a user goes through the use case, which refuses
 * anyone but an administrator and audits the change.
 */
@Named("admin")
@ViewScoped
public class AdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The roles a person can hold; partner systems and the scheduler are not intranet users. */
    static final List<Role> PERSON_ROLES =
            List.of(Role.CITY_OFFICER, Role.TOWN_OFFICER, Role.EXPERT, Role.FUND_MANAGER, Role.ADMIN);

    @Inject
    SignedInUser me;

    @Inject
    ManageUsersUseCase users;

    @Inject
    AuthenticateUseCase accounts;

    @Inject
    ManageTownsUseCase townAdmin;

    private String townCode;
    private String townName;
    private TownKind townKind = TownKind.PARK;
    private boolean townActive = true;

    private transient List<UserAccount> list;
    private String username;
    private String displayName;
    private Role role = Role.CITY_OFFICER;
    private String town;
    private boolean enabled = true;
    private String password;

    /** Loads the page (a view action: refusals are shown before the page renders). */
    public void load() {
        list = Feedback.attempt(() -> users.users(me.actor()));
    }

    public void edit(UserAccount user) {
        username = user.username();
        displayName = user.displayName();
        role = user.role();
        town = user.town() == null ? null : user.town().value();
        enabled = user.enabled();
        password = null;
    }

    public void clear() {
        username = null;
        displayName = null;
        role = Role.CITY_OFFICER;
        town = null;
        enabled = true;
        password = null;
    }

    public void save() {
        char[] secret = password == null || password.isEmpty() ? null : password.toCharArray();
        UserAccount saved = Feedback.attempt(() -> users.save(
                me.actor(),
                username,
                displayName,
                role,
                town == null || town.isBlank() || role != Role.TOWN_OFFICER ? null : TownCode.of(town),
                enabled,
                secret));
        password = null;
        if (saved != null) {
            Texts.info("admin.saved", saved.username());
            clear();
            load();
        }
    }

    public void editTown(Town town) {
        townCode = town.code().value();
        townName = town.nameZh();
        townKind = town.kind();
        townActive = town.active();
    }

    /** Adds a town or park, or changes one (R-REF-1: no release needed). */
    public void saveTown() {
        Town saved = Feedback.attempt(
                () -> townAdmin.save(
                        me.actor(),
                        new Town(
                                TownCode.of(
                                        townCode == null ? "" : townCode.strip().toUpperCase(java.util.Locale.ROOT)),
                                townName,
                                townKind,
                                townActive)),
                java.util.Map.of("town", "towns:townCode", "nameZh", "towns:townName"));
        if (saved != null) {
            Texts.info("admin.townSaved", saved.code().value());
            townCode = null;
            townName = null;
            townKind = TownKind.PARK;
            townActive = true;
        }
    }

    public TownKind[] getTownKinds() {
        return TownKind.values();
    }

    public String getTownCode() {
        return townCode;
    }

    public void setTownCode(String townCode) {
        this.townCode = townCode;
    }

    public String getTownName() {
        return townName;
    }

    public void setTownName(String townName) {
        this.townName = townName;
    }

    public TownKind getTownKind() {
        return townKind;
    }

    public void setTownKind(TownKind townKind) {
        this.townKind = townKind;
    }

    public boolean isTownActive() {
        return townActive;
    }

    public void setTownActive(boolean townActive) {
        this.townActive = townActive;
    }

    public List<UserAccount> getUsers() {
        return list == null ? List.of() : list;
    }

    public boolean isAllowed() {
        return list != null;
    }

    public boolean isDemoMode() {
        return accounts.demoMode();
    }

    public List<Role> getRoles() {
        return PERSON_ROLES;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
