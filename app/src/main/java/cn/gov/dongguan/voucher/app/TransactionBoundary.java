package cn.gov.dongguan.voucher.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs work in a JTA transaction, joining one that is already open. */
@ApplicationScoped
public class TransactionBoundary {

    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T required(Supplier<T> work) {
        return work.get();
    }
}
