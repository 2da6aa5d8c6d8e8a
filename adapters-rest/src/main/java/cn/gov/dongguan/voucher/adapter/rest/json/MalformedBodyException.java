package cn.gov.dongguan.voucher.adapter.rest.json;

/** The body is not the JSON the endpoint reads at all (HTTP 400). */
public class MalformedBodyException extends RuntimeException {

    public MalformedBodyException(String message) {
        super(message);
    }
}
