package io.promisekeeper.core.learning;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of one ticket field, as the host's change history records it.
 *
 * @param kind  {@link Kind#VALUE}: the whole value went from {@code from} to {@code to} (null = empty);
 *              {@link Kind#ELEMENT}: one element of a many-valued field was added ({@code to}) or removed
 *              ({@code from})
 */
public record FieldChange(Instant at, String field, Kind kind, String from, String to) {
    /** Whether the change replaces the value or adds or removes one element of it. */
    public enum Kind { VALUE, ELEMENT }

    public FieldChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }

    public static FieldChange value(Instant at, String field, String from, String to) {
        return new FieldChange(at, field, Kind.VALUE, from, to);
    }

    public static FieldChange element(Instant at, String field, String removed, String added) {
        return new FieldChange(at, field, Kind.ELEMENT, removed, added);
    }
}
