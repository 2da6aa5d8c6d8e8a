package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import cn.gov.dongguan.voucher.application.port.out.JobLockPort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Job locks held until the transaction ends. On PostgreSQL a transaction-scoped advisory lock,
 * taken without waiting, so a second instance simply skips the run. On the embedded H2 database
 * (one instance by nature) the job's row is locked; a second transaction asking waits for the first
 * to end, so the same job still never runs twice at once.
 */
public class JpaJobLock implements JobLockPort {

    private final JpaContext jpa;
    private final boolean postgres;

    public JpaJobLock(JpaContext jpa, boolean postgres) {
        this.jpa = jpa;
        this.postgres = postgres;
    }

    @Override
    public boolean tryLock(String job) {
        EntityManager em = jpa.em();
        if (postgres) {
            Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, key(job))
                    .getSingleResult();
            return Boolean.TRUE.equals(locked);
        }
        // the job's row, created on first use (a job needs no migration of its own), locked until the end
        em.createNativeQuery("MERGE INTO job_lock (name) KEY (name) VALUES (?1)")
                .setParameter(1, job)
                .executeUpdate();
        return em.find(JobLockJpaEntity.class, job, LockModeType.PESSIMISTIC_WRITE) != null;
    }

    /** A stable 64-bit key for the job's name. */
    static long key(String job) {
        CRC32 crc = new CRC32();
        crc.update(("voucher-job:" + job).getBytes(StandardCharsets.UTF_8));
        return 0x5643_0000_0000_0000L | crc.getValue();
    }
}
