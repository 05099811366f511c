package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.List;

/**
 * Port: tickets resolved in a period. A follow-up some days after resolution has no event to wake it and no promise
 * due soon to bring it into the tick, so the round asks for these tickets itself.
 */
@FunctionalInterface
public interface ResolvedTicketKeys {

    /** Keys of tickets resolved in {@code [from, to]}, oldest resolution first, at most {@code limit}. */
    List<String> resolvedBetween(Instant from, Instant to, int limit);
}
