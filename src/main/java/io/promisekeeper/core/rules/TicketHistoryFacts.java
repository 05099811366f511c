package io.promisekeeper.core.rules;

import java.time.Instant;

/**
 * What the ticket's past says, for the delight triggers: how often it was reopened, how many updates it took,
 * whether it is the customer's first, and when it was resolved. A count of {@link #UNKNOWN} means the adapter
 * could not tell; triggers on it then do not fire.
 *
 * @param reopens times the ticket went from resolved back to open
 * @param updates changes and comments on the ticket: many means a hard ticket
 * @param earlierTicketsOfCustomer tickets the same customer raised before this one; 0 on a first ticket
 * @param resolvedAt when the ticket was resolved; null while it is open
 */
public record TicketHistoryFacts(int reopens, int updates, int earlierTicketsOfCustomer, Instant resolvedAt) {
    /** A count the adapter does not know. */
    public static final int UNKNOWN = -1;

    public TicketHistoryFacts {
        if (reopens < UNKNOWN || updates < UNKNOWN || earlierTicketsOfCustomer < UNKNOWN) {
            throw new IllegalArgumentException("counts are 0 or more, or UNKNOWN (-1)");
        }
    }

    /** Nothing known about the past beyond whether the ticket was reopened. */
    public static TicketHistoryFacts unknown(boolean reopened) {
        return new TicketHistoryFacts(reopened ? 1 : UNKNOWN, UNKNOWN, UNKNOWN, null);
    }
}
