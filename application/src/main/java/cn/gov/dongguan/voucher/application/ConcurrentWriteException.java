package cn.gov.dongguan.voucher.application;

/**
 * Another transaction wrote the same natural key at the same moment (a unique constraint caught
 * it at commit): nothing of this one was written. An idempotent push runs again and finds the row
 * (UseCaseRunner#runIdempotent); elsewhere it is a conflict to retry (HTTP 409).
 */
public class ConcurrentWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentWriteException(Throwable cause) {
        super("the same record was written by another request at the same moment; try again", cause);
    }
}
