package cn.gov.dongguan.voucher.application;

import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.List;

/** An upload whose content is none of the accepted kinds, whatever it claims to be (HTTP 415). */
public class UnsupportedContentException extends DomainException {

    public UnsupportedContentException(String message) {
        super(message, List.of(Violation.of("file", "UNSUPPORTED_CONTENT", "R-REF-6", message)));
    }
}
