package cn.gov.dongguan.voucher.application.testing;

import cn.gov.dongguan.voucher.application.port.out.TransactionsPort;
import java.util.function.Supplier;

/** What every port contract needs: a way to run its calls the way use cases do, in a transaction. */
public abstract class PortContract {

    protected abstract TransactionsPort transactions();

    protected <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    protected void tx(Runnable work) {
        transactions().run(work);
    }
}
