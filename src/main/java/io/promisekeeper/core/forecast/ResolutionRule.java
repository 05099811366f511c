package io.promisekeeper.core.forecast;

import java.util.function.Predicate;

/** How a ticket's resolved time is found: a resolved column, a status pattern, or the trace's last event. */
public record ResolutionRule(Source source, Predicate<String> resolvedStatus) {
    /** Where the resolved time comes from. */
    public enum Source { COLUMN, STATUS, LAST_EVENT }

    public static ResolutionRule column() { return new ResolutionRule(Source.COLUMN, null); }

    public static ResolutionRule status(Predicate<String> resolvedStatus) {
        return new ResolutionRule(Source.STATUS, resolvedStatus);
    }

    public static ResolutionRule lastEvent() { return new ResolutionRule(Source.LAST_EVENT, null); }
}
