package io.promisekeeper.core.forecast;

/**
 * One ticket's events in time order (ties in arrival order), with its opened and resolved times.
 * Times are epoch milliseconds; values are codes of the owning {@link EventLog}'s dictionaries.
 */
public final class TicketHistory {
    /** Marks a time that is not known (never resolved, or no opened column). */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private final String caseId;
    private final int arrival;
    private final long opened;
    private final long resolved;
    private final String segment;
    private final long[] times;
    private final int[] statuses;
    private final int[][] values;

    public TicketHistory(String caseId, int arrival, long opened, long resolved, String segment,
                         long[] times, int[] statuses, int[][] values) {
        this.caseId = caseId;
        this.arrival = arrival;
        this.opened = opened;
        this.resolved = resolved;
        this.segment = segment;
        this.times = times;
        this.statuses = statuses;
        this.values = values;
    }

    public String caseId() { return caseId; }

    /** Position of the ticket's first row in the log; breaks ties when sorting by opened time. */
    public int arrival() { return arrival; }

    public long opened() { return opened; }

    public long resolved() { return resolved; }

    public boolean isResolved() { return resolved != UNKNOWN; }

    public String segment() { return segment; }

    public int eventCount() { return times.length; }

    public long time(int event) { return times[event]; }

    public int status(int event) { return statuses[event]; }

    /** Code of the attribute's value on the event (0 when absent). */
    public int value(int event, int attribute) {
        int[] row = values[event];
        return attribute < row.length ? row[attribute] : ValueDictionary.ABSENT;
    }
}
