package cn.gov.dongguan.voucher.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.dongguan.voucher.application.port.out.JobLockPort;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobLockPort} does: a free lock is taken, again within the same transaction, and
 * released when the transaction ends; while one transaction holds it, no other holds it at the same
 * time (another instance either skips the run or waits until the holder is done).
 */
public abstract class JobLockPortContract extends PortContract {

    protected abstract JobLockPort lock();

    private static String job() {
        return "contract-job-" + UUID.randomUUID();
    }

    @Test
    void a_free_lock_is_taken_and_taken_again_in_the_same_transaction() {
        String job = job();
        assertThat(tx(() -> lock().tryLock(job) && lock().tryLock(job))).isTrue();
    }

    @Test
    void the_lock_is_released_when_its_transaction_ends() {
        String job = job();
        assertThat(tx(() -> lock().tryLock(job))).isTrue();
        assertThat(tx(() -> lock().tryLock(job))).isTrue();
    }

    @Test
    void while_one_transaction_holds_the_lock_no_other_holds_it() throws Exception {
        String job = job();
        CountDownLatch taken = new CountDownLatch(1);
        AtomicBoolean released = new AtomicBoolean();
        CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> tx(() -> {
            boolean got = lock().tryLock(job);
            taken.countDown();
            sleep(400);
            released.set(true);
            return got;
        }));
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
        boolean[] heldBoth = new boolean[1];
        boolean other = tx(() -> {
            boolean got = lock().tryLock(job);
            heldBoth[0] = got && !released.get();
            return got;
        });
        assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(heldBoth[0])
                .as("the second transaction got the lock while the first still held it (other=%s)", other)
                .isFalse();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
