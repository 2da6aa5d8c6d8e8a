package cn.gov.dongguan.voucher.adapter.rest.json;

/** The request body is larger than its endpoint takes (HTTP 413), noticed before or while reading it, never after. */
public class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes, the most this endpoint takes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
