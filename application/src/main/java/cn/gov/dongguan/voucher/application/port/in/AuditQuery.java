package cn.gov.dongguan.voucher.application.port.in;

import java.time.Instant;

/** A page of the audit log, newest first, optionally filtered; keyset by sequence number. */
public record AuditQuery(
        String actor, String action, String target, Instant from, Instant to, Long beforeSeq, int limit) {

    public AuditQuery {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1 to 500");
        }
    }
}
