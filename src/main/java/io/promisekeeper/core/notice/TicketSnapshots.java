package io.promisekeeper.core.notice;

import io.promisekeeper.core.rules.TicketSnapshot;
import java.util.Collection;
import java.util.Map;

/** Port: the facts rules and templates need about tickets, read in one go for a whole batch. */
@FunctionalInterface
public interface TicketSnapshots {

    /** The snapshots of those tickets that still exist (and the app may see), by ticket key. */
    Map<String, TicketSnapshot> of(Collection<String> ticketKeys);
}
