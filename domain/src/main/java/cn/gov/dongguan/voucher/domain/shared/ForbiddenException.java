package cn.gov.dongguan.voucher.domain.shared;

import java.util.List;

/** The acting role may never do this (HTTP 403). */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String rule, String message) {
        super(message, List.of(Violation.of(null, "FORBIDDEN", rule, message)));
    }
}
