package cn.gov.dongguan.voucher.domain.filing;

import cn.gov.dongguan.voucher.domain.shared.ValidationException;
import java.util.Objects;
import java.util.UUID;

/** The identity of an application: a UUID made by the application layer, so no database sequence is a bottleneck. */
public record ApplicationId(UUID value) implements Comparable<ApplicationId> {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId of(String text) {
        try {
            return new ApplicationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of("id", "APPLICATION_ID_FORMAT", null, "not an application id");
        }
    }

    @Override
    public int compareTo(ApplicationId other) {
        // the order of the ids' text (as the database orders them), without writing the text: the canonical
        // form is the two halves in fixed-width lower-case hex, so it orders as the halves compared unsigned
        int high = Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
        return high != 0
                ? high
                : Long.compareUnsigned(value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
