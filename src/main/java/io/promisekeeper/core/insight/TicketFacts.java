package io.promisekeeper.core.insight;

import java.util.Objects;

/**
 * What insight needs to know about a ticket beyond its promises: its first Jira component, its JSM request type, and the
 * customer's JSM satisfaction rating (1 to 5) when they gave one, else null.
 */
public record TicketFacts(String ticketKey, String component, String requestType, Integer satisfaction) {
    public TicketFacts {
        Objects.requireNonNull(ticketKey, "ticketKey");
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new IllegalArgumentException("satisfaction is rated 1 to 5, not " + satisfaction);
        }
    }

    /** Facts without a satisfaction rating. */
    public TicketFacts(String ticketKey, String component, String requestType) {
        this(ticketKey, component, requestType, null);
    }

    /** The same facts with the customer's rating (null for none). */
    public TicketFacts withSatisfaction(Integer rating) {
        return new TicketFacts(ticketKey, component, requestType, rating);
    }
}
