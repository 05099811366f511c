package io.promisekeeper.core.rules;

import java.time.Instant;
import java.util.List;

/** Port: the tickets that were active between two moments, for a dry run of rules before they are saved. */
public interface RecentTickets {

    /** Tickets with activity or a promise between {@code from} and {@code to}; at most {@code limit}. */
    List<RecentTicket> between(Instant from, Instant to, int limit);
}
