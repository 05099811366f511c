package io.promisekeeper.core.insight;

import java.util.Objects;

/** What insight needs to know about a ticket beyond its promises: who handles it and what was asked. */
public record TicketFacts(String ticketKey, String team, String requestType) {
    public TicketFacts {
        Objects.requireNonNull(ticketKey, "ticketKey");
    }
}
