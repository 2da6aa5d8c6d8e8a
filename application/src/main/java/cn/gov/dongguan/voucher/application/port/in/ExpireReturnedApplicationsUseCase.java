package cn.gov.dongguan.voucher.application.port.in;

/**
 * Use case (scheduler): record as WITHDRAWN every returned application whose resubmission window
 * passed (R-FLOW-3). Idempotent and safe with several instances running.
 */
public interface ExpireReturnedApplicationsUseCase {

    /** How many applications were moved. */
    int expireOverdue();
}
