package cn.gov.dongguan.voucher.application.port.in;

/**
 * Use case (scheduler): compute the stored evaluations that a change of one of their facts dropped,
 * a chunk at a time, so that lists show current E and S before anyone opens the application.
 * Returns how many it computed; 0 when none is left or another instance is at it.
 */
public interface RefreshEvaluationsUseCase {

    int refreshEvaluations();
}
