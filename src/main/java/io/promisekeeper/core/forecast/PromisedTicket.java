package io.promisekeeper.core.forecast;

/**
 * A ticket with the promise made on it: due at opened + horizon. Check k (0..19) happens at
 * opened + k·horizon/20; the integer division is exact for the comparisons the protocol makes, because
 * event and resolved times are whole milliseconds.
 */
public record PromisedTicket(TicketHistory ticket, long horizon) {
    /** Number of checks per promise horizon. */
    public static final int CHECKS = 20;

    public long due() { return ticket.opened() + horizon; }

    /** Resolved after the due time. */
    public boolean breached() { return ticket.resolved() > due(); }

    public long checkTime(int k) { return ticket.opened() + Math.floorDiv((long) k * horizon, CHECKS); }

    /** Number of checks that happen while the ticket is still open (check time before resolved). */
    public int openChecks() {
        int k = 0;
        while (k < CHECKS && checkTime(k) < ticket.resolved()) {
            k++;
        }
        return k;
    }

    /** Hours from check k to the due time. */
    public double leadHours(int k) {
        return (double) (CHECKS - k) * horizon / CHECKS / 3_600_000d;
    }
}
