package io.promisekeeper.core.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which figures to show: promises made from {@code from} to {@code to} (both days included, in {@code zone}), on
 * tickets of {@code projects}, whose first Jira component is {@code component} (null: every component).
 */
public record InsightFilter(LocalDate from, LocalDate to, ZoneId zone, Set<String> projects, String component) {
    public InsightFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        projects = Set.copyOf(new TreeSet<>(projects));
        component = component == null || component.isBlank() ? null : component;
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether {@code at} lies in the period. */
    public boolean covers(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    /** The project of a ticket key like {@code HELP-12}. */
    public static String projectOf(String ticketKey) {
        int dash = ticketKey.lastIndexOf('-');
        return dash < 0 ? ticketKey : ticketKey.substring(0, dash);
    }
}
