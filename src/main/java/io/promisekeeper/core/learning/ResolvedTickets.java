package io.promisekeeper.core.learning;

import java.time.Instant;
import java.util.function.Consumer;

/** Port: the instance's resolved service tickets with their change history, the material the forecast learns from. */
public interface ResolvedTickets {

    /**
     * Hands each ticket resolved at or after {@code since} to {@code each}, one at a time, at most {@code limit}
     * of them, the most recently resolved first; returns how many were handed over.
     */
    int each(Instant since, int limit, Consumer<TicketRecord> each);
}
