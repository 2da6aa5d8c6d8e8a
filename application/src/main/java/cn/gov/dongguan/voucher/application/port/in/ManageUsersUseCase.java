package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.account.UserAccount;
import cn.gov.dongguan.voucher.domain.reference.TownCode;
import cn.gov.dongguan.voucher.domain.review.Actor;
import cn.gov.dongguan.voucher.domain.review.Role;
import java.util.List;

/** Use case: administrators list and maintain intranet users, their roles and towns. */
public interface ManageUsersUseCase {

    List<UserAccount> users(Actor actor);

    /** Creates the user (with the password given) or updates name, role, town and whether it is enabled. */
    UserAccount save(
            Actor actor,
            String username,
            String displayName,
            Role role,
            TownCode town,
            boolean enabled,
            char[] newPassword);
}
