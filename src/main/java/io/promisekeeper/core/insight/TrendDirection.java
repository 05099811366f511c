package io.promisekeeper.core.insight;

/** Which way the weekly kept-rate went over the period. */
public enum TrendDirection {
    UP, DOWN, FLAT,
    /** Fewer than two weeks with settled promises: no trend to tell. */
    UNKNOWN
}
