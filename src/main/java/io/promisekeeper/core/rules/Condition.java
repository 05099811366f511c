package io.promisekeeper.core.rules;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds when the ticket's {@code field} has one of {@code anyOf}; compared without regard to case, since Jira
 * names differ in case between screens and admins type them by hand.
 */
public record Condition(TicketField field, Set<String> anyOf) {

    /** Most values one condition may list. */
    public static final int MAX_VALUES = 200;

    public Condition {
        Objects.requireNonNull(field, "field");
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a condition needs at least one allowed value");
        }
        if (anyOf.size() > MAX_VALUES) {
            throw new IllegalArgumentException("a condition lists at most " + MAX_VALUES + " values");
        }
        for (String v : anyOf) {
            Rule.requireText(v, field.jsonName());
        }
        // Sorted so that equal conditions also export as equal JSON.
        anyOf = Collections.unmodifiableSortedSet(new TreeSet<>(anyOf));
    }

    /** Whether the ticket satisfies this condition. */
    public boolean holdsFor(TicketSnapshot ticket) {
        for (String value : field.valuesOf(ticket)) {
            for (String allowed : anyOf) {
                if (allowed.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
