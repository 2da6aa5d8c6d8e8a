package cn.gov.dongguan.voucher.application.port.out;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.filing.ApplicationId;
import java.time.Instant;
import java.util.UUID;

/** An objection the public filed against an application during its notice (公示异议). */
public record Objection(
        UUID id, BatchCode batch, ApplicationId applicationId, String text, String contact, Instant receivedAt) {}
