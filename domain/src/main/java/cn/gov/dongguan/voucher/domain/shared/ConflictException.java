package cn.gov.dongguan.voucher.domain.shared;

import java.util.List;

/**
 * The request is valid in itself but conflicts with the state of things (HTTP 409): an action that
 * does not fit the stage, a duplicate, a changed replay of data already in use, a frozen batch.
 */
public class ConflictException extends DomainException {

    public ConflictException(String code, String rule, String message) {
        super(message, List.of(Violation.of(null, code, rule, message)));
    }
}
