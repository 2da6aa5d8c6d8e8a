package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.List;
import java.util.Optional;

/**
 * Use case: an intranet user logs in with name and password. Every attempt is audited; five failed
 * attempts in a row lock the account for 15 minutes; demo users work only in demo mode. The answer
 * never says which of name or password was wrong.
 */
public interface AuthenticateUseCase {

    Optional<Actor> login(String username, char[] password);

    /** Whether the system runs in demo mode (the demo users, tokens and clock work only then). */
    boolean demoMode();

    /** The names of the demo users that may log in now, for the login page: none unless in demo mode. */
    List<String> demoUsernames();
}
