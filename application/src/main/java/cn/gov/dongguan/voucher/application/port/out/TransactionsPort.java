package cn.gov.dongguan.voucher.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case as one unit of work: every state change and its audit record and events commit
 * together or not at all. Nested calls join the outer transaction.
 */
public interface TransactionsPort {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
