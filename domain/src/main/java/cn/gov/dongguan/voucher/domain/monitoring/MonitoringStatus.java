package cn.gov.dongguan.voucher.domain.monitoring;

/**
 * Where a monitoring request stands, seen at a moment (R-POST-1): never stored, always computed
 * from the answer and the due day, like an overdue return (R-FLOW-3).
 */
public enum MonitoringStatus {
    /** Not answered, and its due day has not ended. */
    OPEN,
    /** Answered (on time or late). */
    ANSWERED,
    /** Not answered after the end of its due day (Asia/Shanghai). */
    OVERDUE
}
