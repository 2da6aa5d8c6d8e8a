package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.review.Actor;
import java.util.Optional;

/**
 * Use case: an intranet user logs in with name and password. Every attempt is audited; five failed
 * attempts in a row lock the account for 15 minutes; demo users work only in demo mode. The answer
 * never says which of name or password was wrong.
 */
public interface AuthenticateUseCase {

    Optional<Actor> login(String username, char[] password);
}
