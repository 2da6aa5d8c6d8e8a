package cn.gov.dongguan.voucher.application;

import cn.gov.dongguan.voucher.domain.shared.ConflictException;

/**
 * Another transaction wrote the same natural key at the same moment (a unique constraint caught
 * it at commit): nothing of this one was written. An idempotent push runs again and finds the row
 * (UseCaseRunner#runIdempotent); elsewhere it is a conflict to retry (HTTP 409, CONCURRENT_WRITE).
 */
public class ConcurrentWriteException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public ConcurrentWriteException(Throwable cause) {
        super("CONCURRENT_WRITE", null, "the same record was written by another request at the same moment; try again");
        initCause(cause);
    }
}
