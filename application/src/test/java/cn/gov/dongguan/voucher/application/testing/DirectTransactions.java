package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import java.util.function.Supplier;

/**
 * Runs work directly, one unit at a time. The in-memory stores cannot roll back, so use cases are
 * written to decide everything before they write anything.
 */
public final class DirectTransactions implements TransactionsPort {

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
