package cn.gov.dongguan.voucher.application;

/** Content larger than allowed (an upload over 20 MiB, HTTP 413); nothing was stored. */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(long maxBytes) {
        super("content exceeds " + maxBytes + " bytes");
    }
}
