package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.JobLockPort;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A job lock a test can hold to play "another instance is running it". */
public final class InMemoryJobLock implements JobLockPort {

    private final Set<String> heldElsewhere = ConcurrentHashMap.newKeySet();

    public void holdElsewhere(String job) {
        heldElsewhere.add(job);
    }

    public void release(String job) {
        heldElsewhere.remove(job);
    }

    @Override
    public boolean tryLock(String job) {
        return !heldElsewhere.contains(job);
    }
}
