package cn.gov.dongguan.voucher.domain.shared;

import java.util.List;

/**
 * The request is valid in itself but conflicts with the state of things (HTTP 409): an action that
 * does not fit the stage, a duplicate, a changed replay of data already in use, a frozen batch.
 */
public class ConflictException extends DomainException {

    public ConflictException(String code, String rule, String message) {
        this(Violation.of(null, code, rule, message));
    }

    /** The conflict of one violation, with the values of the case it carries. */
    public ConflictException(Violation violation) {
        super(violation.message(), List.of(violation));
    }
}
