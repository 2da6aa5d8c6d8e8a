package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.batch.BatchCode;
import cn.gov.dongguan.voucher.domain.shared.ConflictException;
import cn.gov.dongguan.voucher.domain.shared.Require;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An objection the public filed against an application during its public notice (公示异议, R-OBJ-1).
 * Open until a city officer decides it: upheld (the application is rejected) or dismissed (异议不成立),
 * each with a reason. The objector's contact is personal data (masked to roles other than the city
 * bureau).
 */
public record Objection(
        UUID id,
        BatchCode batch,
        ApplicationId applicationId,
        String text,
        String contact,
        Instant receivedAt,
        Status status,
        Instant decidedAt,
        String decidedBy,
        String reason) {

    /** Where an objection stands. */
    public enum Status {
        OPEN,
        UPHELD,
        DISMISSED
    }

    public Objection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(applicationId, "applicationId");
        text = Require.text(text, "text", 5000);
        contact = Require.optionalText(contact, "contact", 200);
        Objects.requireNonNull(receivedAt, "receivedAt");
        status = status == null ? Status.OPEN : status;
        if (status != Status.OPEN) {
            Objects.requireNonNull(decidedAt, "decidedAt");
            reason = Require.text(reason, "reason", 2000);
        }
    }

    /** A new, open objection. */
    public static Objection filed(
            UUID id, BatchCode batch, ApplicationId applicationId, String text, String contact, Instant at) {
        return new Objection(id, batch, applicationId, text, contact, at, Status.OPEN, null, null, null);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The decision of a city officer; an objection is decided once. */
    public Objection decided(boolean upheld, Instant at, String by, String why) {
        if (!isOpen()) {
            throw new ConflictException(
                    "OBJECTION_DECIDED", "R-OBJ-1", "objection " + id + " was already decided (" + status + ")");
        }
        return new Objection(
                id,
                batch,
                applicationId,
                text,
                contact,
                receivedAt,
                upheld ? Status.UPHELD : Status.DISMISSED,
                at,
                by,
                why);
    }
}
