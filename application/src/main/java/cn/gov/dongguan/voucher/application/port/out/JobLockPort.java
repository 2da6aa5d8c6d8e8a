package cn.gov.dongguan.voucher.application.port.out;

/**
 * A lock for scheduled work, held until the current transaction ends, so that several instances
 * never run the same job at once. Must be called inside a transaction.
 */
public interface JobLockPort {

    /** Takes the lock for {@code job} without waiting; false when another instance holds it. */
    boolean tryLock(String job);
}
