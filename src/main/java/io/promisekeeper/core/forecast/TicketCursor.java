package io.promisekeeper.core.forecast;

/**
 * Walks one ticket's events forward in time and keeps what is known at the current moment: the latest
 * event, how long the ticket has been in its status, and how often status and attributes changed. It only
 * ever looks at events at or before the moment it is advanced to, so forecasts cannot read the future.
 */
public final class TicketCursor {
    private final int attributeCount;
    private final int[] changes;
    private TicketHistory ticket;
    private int seen;
    private long statusSince;
    private int statusChanges;
    private int valueChanges;
    private long lastChange;

    public TicketCursor(int attributeCount) {
        this.attributeCount = attributeCount;
        this.changes = new int[attributeCount];
    }

    public void reset(TicketHistory history) {
        this.ticket = history;
        this.seen = 0;
        this.statusSince = history.opened();
        this.statusChanges = 0;
        this.valueChanges = 0;
        this.lastChange = history.opened();
        java.util.Arrays.fill(changes, 0);
    }

    /** Takes in every event at or before {@code time}; times must not go backwards between calls. */
    public void advanceTo(long time) {
        int count = ticket.eventCount();
        while (seen < count && ticket.time(seen) <= time) {
            if (seen == 0) {
                statusSince = ticket.time(0);
            } else {
                int previous = seen - 1;
                if (ticket.status(seen) != ticket.status(previous)) {
                    statusChanges++;
                    statusSince = ticket.time(seen);
                }
                for (int a = 0; a < attributeCount; a++) {
                    if (ticket.value(seen, a) != ticket.value(previous, a)) {
                        changes[a]++;
                        valueChanges++;
                        lastChange = ticket.time(seen);
                    }
                }
            }
            seen++;
        }
    }

    public TicketHistory ticket() { return ticket; }

    /** Events known so far. */
    public int seen() { return seen; }

    /** Status code now, 0 when nothing has happened yet. */
    public int status() { return seen == 0 ? ValueDictionary.ABSENT : ticket.status(seen - 1); }

    /** Attribute value code now, 0 when nothing has happened yet. */
    public int value(int attribute) { return seen == 0 ? ValueDictionary.ABSENT : ticket.value(seen - 1, attribute); }

    /** When the current status began (opened time when nothing has happened yet). */
    public long statusSince() { return statusSince; }

    /** Time of the latest known event, or the opened time. */
    public long lastUpdate() { return seen == 0 ? ticket.opened() : Math.max(ticket.opened(), ticket.time(seen - 1)); }

    /** When an attribute last changed value (opened time when none has). */
    public long lastChange() { return lastChange; }

    public int statusChanges() { return statusChanges; }

    public int valueChanges() { return valueChanges; }

    public int changes(int attribute) { return changes[attribute]; }
}
