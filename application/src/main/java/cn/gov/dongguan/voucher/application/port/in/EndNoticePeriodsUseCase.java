package cn.gov.dongguan.voucher.application.port.in;

/**
 * Use case (scheduler): move to NOTICE_PASSED every application whose public notice ended without
 * an upheld objection. Idempotent and safe with several instances running.
 */
public interface EndNoticePeriodsUseCase {

    int endDueNotices();
}
