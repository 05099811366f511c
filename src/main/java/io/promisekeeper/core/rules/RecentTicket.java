package io.promisekeeper.core.rules;

import io.promisekeeper.core.promise.Promise;
import java.util.List;
import java.util.Objects;

/** A ticket as a dry run sees it: what the rules would read about it, and its promises. */
public record RecentTicket(TicketSnapshot ticket, List<Promise> promises) {
    public RecentTicket {
        Objects.requireNonNull(ticket, "ticket");
        promises = List.copyOf(promises);
    }
}
