package cn.gov.dongguan.voucher.app;

import cn.gov.dongguan.voucher.application.port.in.EndNoticePeriodsUseCase;
import cn.gov.dongguan.voucher.application.port.in.ExpireReturnedApplicationsUseCase;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute: withdraw returned applications whose window passed (R-FLOW-3) and end notice
 * periods. Each instance of a cluster runs it; the job lock lets one of them do the work.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineJobs {

    private static final Logger LOG = Logger.getLogger(DeadlineJobs.class.getName());

    @Inject
    Bootstrap bootstrap;

    @Inject
    ExpireReturnedApplicationsUseCase expire;

    @Inject
    EndNoticePeriodsUseCase endNotices;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        if (!bootstrap.isReady()) {
            return;
        }
        try {
            int expired = expire.expireOverdue();
            int ended = endNotices.endDueNotices();
            if (expired + ended > 0) {
                LOG.info(() -> expired + " returned applications withdrawn, " + ended + " notice periods ended");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "deadline jobs failed this minute; they run again in the next", e);
        }
    }
}
