package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.StaleVersionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Turns the database's verdict on a concurrent change into the application's: a row someone else
 * changed since it was read (optimistic lock) is a stale version (R-FLOW-7), whichever statement
 * of the use case ran into it. Used by every transaction boundary of this adapter.
 */
public final class JpaFailures {

    private JpaFailures() {}

    public static RuntimeException translate(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleVersionException stale) {
                return stale;
            }
            if (t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return new StaleVersionException("the data you acted on", -1, null);
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                // unique_violation (PostgreSQL and H2 alike): the same key was inserted by a concurrent request
                return new cn.gov.dongguan.voucher.application.ConcurrentWriteException(failure);
            }
        }
        return failure;
    }
}
