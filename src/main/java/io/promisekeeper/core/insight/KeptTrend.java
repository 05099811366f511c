package io.promisekeeper.core.insight;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The weekly kept-rate series, gaps filled with empty weeks, and its trend: the least-squares line through the
 * weeks that settled anything, {@code change} being that line's rise from the first such week to the last.
 */
public record KeptTrend(List<WeekPoint> weeks, OptionalDouble change, TrendDirection direction) {
    /** A change smaller than this (5 percentage points) over the period counts as flat. */
    public static final double FLAT_BAND = 0.05;

    public KeptTrend {
        weeks = List.copyOf(weeks);
    }
}
