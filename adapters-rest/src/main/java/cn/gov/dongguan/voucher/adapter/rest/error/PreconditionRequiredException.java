package cn.gov.dongguan.voucher.adapter.rest.error;

/** A review action came without {@code If-Match} (HTTP 428): the caller must say which version it acted on. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
