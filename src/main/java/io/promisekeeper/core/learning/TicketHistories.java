package io.promisekeeper.core.learning;

import io.promisekeeper.core.forecast.LogSchema;
import io.promisekeeper.core.forecast.TicketHistory;
import java.time.Instant;
import java.util.Optional;

/** Port: one open ticket's history, in the value codes of a trained schema, as far as it happened by a moment. */
public interface TicketHistories {

    /**
     * The ticket's events up to and including {@code until}; statuses and values {@code schema} does not know are
     * absent ({@link io.promisekeeper.core.forecast.ValueDictionary#ABSENT}). Empty when there is no such ticket.
     */
    Optional<TicketHistory> historyOf(String ticketKey, LogSchema schema, Instant until);
}
