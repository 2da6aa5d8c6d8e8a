package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaUserRepository;
import cn.gov.dongguan.voucher.application.port.out.UserPort;
import cn.gov.dongguan.voucher.application.service.AccountService;
import cn.gov.dongguan.voucher.application.service.PasswordHashing;
import cn.gov.dongguan.voucher.domain.account.UserAccount;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Intranet accounts: the login and user-administration use cases, and in demo mode the demo users
 * of ui.md ({@code city}, {@code town-dongcheng}, {@code town-songshanhu}, {@code expert}, {@code fund},
 * {@code admin}, password {@code demo}), which stop working when demo mode is off.
 */
@ApplicationScoped
public class AccountWiring {

    static final String[][] DEMO_USERS = {
        {"city", "市工信局（演示）", "CITY_OFFICER", null},
        {"town-dongcheng", "东城街道经发局（演示）", "TOWN_OFFICER", "DONGCHENG"},
        {"town-songshanhu", "松山湖经发局（演示）", "TOWN_OFFICER", "SONGSHANHU"},
        {"expert", "评审专家（演示）", "EXPERT", null},
        {"fund", "资金管理单位（演示）", "FUND_MANAGER", null},
        {"admin", "系统管理员（演示）", "ADMIN", null},
    };

    @Inject
    ServiceAssembly assembly;

    @Inject
    ContainerJpa jpa;

    private AccountService accounts;
    private UserPort users;
    private boolean demo;

    @PostConstruct
    void assemble() {
        demo = ConfigProvider.getConfig()
                .getOptionalValue("voucher.demo", Boolean.class)
                .orElse(false);
        users = new JpaUserRepository(jpa);
        var ports = assembly.ports();
        accounts = new AccountService(ports.transactions(), users, ports.audit(), ports.clock(), demo);
    }

    /** Creates the demo users once, in demo mode. */
    void seedDemoUsers() {
        if (!demo) {
            return;
        }
        assembly.ports().transactions().run(() -> {
            for (String[] u : DEMO_USERS) {
                if (users.find(u[0]).isEmpty()) {
                    users.save(new UserAccount(
                            u[0],
                            u[1],
                            Role.valueOf(u[2]),
                            u[3] == null ? null : TownCode.of(u[3]),
                            PasswordHashing.hash("demo".toCharArray()),
                            true,
                            true,
                            0,
                            null));
                }
            }
        });
    }

    /** The account service, injectable as {@code AuthenticateUseCase} and {@code ManageUsersUseCase}. */
    @Produces
    @ApplicationScoped
    AccountService accounts() {
        return accounts;
    }
}
