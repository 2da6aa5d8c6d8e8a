package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.account.UserAccount;
import java.util.List;
import java.util.Optional;

/** Intranet user accounts by user name. */
public interface UserPort {

    Optional<UserAccount> find(String username);

    List<UserAccount> findAll();

    void save(UserAccount user);
}
