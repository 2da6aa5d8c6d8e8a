package cn.gov.dongguan.voucher.application;

import cn.gov.dongguan.voucher.domain.shared.DomainException;
import cn.gov.dongguan.voucher.domain.shared.Violation;
import java.util.List;

/**
 * Unknown, or not visible to the acting principal (HTTP 404). A town officer asking for another
 * town's application gets this, never a hint that it exists (R-FLOW-4).
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(what + " not found", List.of(Violation.of(null, "NOT_FOUND", null, what + " not found")));
    }
}
