package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.adapter.persistence.jpa.JpaFailures;
import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The {@link TransactionsPort} port on JTA. Failures at commit (a row changed by someone else since it
 * was read) surface as the application's stale-version conflict, whatever statement hit them.
 */
@ApplicationScoped
public class JtaTransactions implements TransactionsPort {

    @Inject
    TransactionBoundary boundary;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return boundary.required(work);
        } catch (RuntimeException e) {
            throw JpaFailures.translate(unwrap(e));
        }
    }

    /** The interceptor wraps application exceptions thrown at commit; the cause is what matters. */
    private static RuntimeException unwrap(RuntimeException e) {
        if (e instanceof jakarta.transaction.TransactionalException && e.getCause() instanceof RuntimeException cause) {
            return cause;
        }
        return e;
    }
}
