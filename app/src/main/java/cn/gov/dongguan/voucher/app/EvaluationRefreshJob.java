package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.application.port.in.RefreshEvaluationsUseCase;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five seconds: compute the stored evaluations a change dropped (a payment, a policy change,
 * a disqualification…), so that lists show current E and S. A read computes its own at once; this
 * keeps the rest current in the background, within a budget of half a second of work per run (a
 * tenth of one core), so a policy change over a whole batch never crowds out the officers.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvaluationRefreshJob {

    private static final Logger LOG = Logger.getLogger(EvaluationRefreshJob.class.getName());
    /** The work one run may do before it leaves the rest to the next. */
    static final long BUDGET_NANOS = 500_000_000L;

    @Inject
    Bootstrap bootstrap;

    @Inject
    RefreshEvaluationsUseCase refresh;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        if (!bootstrap.isReady()) {
            return;
        }
        try {
            long start = System.nanoTime();
            int total = 0;
            int done;
            do {
                done = refresh.refreshEvaluations();
                total += done;
            } while (done > 0 && System.nanoTime() - start < BUDGET_NANOS);
            if (total > 0) {
                int computed = total;
                LOG.fine(() -> computed + " dropped evaluations computed again");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the evaluation refresh failed; it runs again in five seconds", e);
        }
    }
}
