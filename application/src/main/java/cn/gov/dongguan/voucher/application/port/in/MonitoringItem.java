package cn.gov.dongguan.voucher.application.port.in;

import cn.gov.dongguan.voucher.domain.monitoring.MonitoringRequest;
import cn.gov.dongguan.voucher.domain.monitoring.MonitoringStatus;
import java.util.Objects;

/** A monitoring request with its status at the moment it was read (R-POST-1). */
public record MonitoringItem(MonitoringRequest request, MonitoringStatus status) {

    public MonitoringItem {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
    }
}
