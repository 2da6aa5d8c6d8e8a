package cn.gov.dongguan.voucher.domain.shared;

import java.util.List;

/** Base of every exception the domain throws on purpose; adapters map the subclasses to responses. */
public abstract class DomainException extends RuntimeException {

    private final transient List<Violation> violations;

    protected DomainException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** What exactly was wrong; never empty for validation failures. */
    public List<Violation> violations() {
        return violations;
    }
}
