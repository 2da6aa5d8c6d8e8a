package cn.gov.dongguan.voucher.application;

import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.List;

/**
 * The version the caller acted on is no longer current: someone else changed the application
 * first (R-FLOW-7, HTTP 412). Nothing of the losing request is written.
 */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what, long expected, Long actual) {
        super(
                message(what, expected, actual),
                List.of(Violation.of("If-Match", "STALE_VERSION", "R-FLOW-7", message(what, expected, actual))));
    }

    private static String message(String what, long expected, Long actual) {
        String seen = expected < 0
                ? (expected == Long.MIN_VALUE ? " (If-Match names no version of it)" : "")
                : " (you acted on version " + expected + (actual == null ? "" : ", it is now at version " + actual)
                        + ")";
        return what + " was changed by someone else" + seen + "; reload and try again";
    }
}
