package cn.gov.dongguan.voucher.adapter.persistence.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small conversions shared by the mappers: instants as UTC timestamps, code lists as text. */
final class Mapping {

    private Mapping() {}

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static <E extends Enum<E>> String joined(Collection<E> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Joined in the given order (where order matters, e.g. the items of a return). */
    static <E extends Enum<E>> String joinedInOrder(List<E> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E> List<E> split(String text, Function<String, E> parse) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(parse).toList();
    }

    static <E extends Enum<E>> String name(E value) {
        return value == null ? null : value.name();
    }
}
