package io.promisekeeper.core.ticket;

import java.time.Instant;
import java.util.Objects;

/** Something that happened on a ticket that promises may depend on, already translated from the host. */
public sealed interface TicketSignal {
    /** The ticket's key, e.g. {@code HELP-12}. */
    String ticketKey();

    /** When it happened. */
    Instant at();

    /** The ticket was resolved. */
    record Resolved(String ticketKey, Instant at, String actorKey) implements TicketSignal {
        public Resolved {
            requireBasics(ticketKey, at);
        }
    }

    /** The ticket was reopened after a resolution. */
    record Reopened(String ticketKey, Instant at, String actorKey) implements TicketSignal {
        public Reopened {
            requireBasics(ticketKey, at);
        }
    }

    /** Someone commented; {@code visibleToCustomer} is false for internal notes. */
    record Commented(String ticketKey, Instant at, String authorKey, String body, boolean visibleToCustomer)
            implements TicketSignal {
        public Commented {
            requireBasics(ticketKey, at);
            body = body == null ? "" : body;
        }
    }

    /** The assignee changed; {@code assigneeKey} is null when unassigned. */
    record AssigneeChanged(String ticketKey, Instant at, String assigneeKey) implements TicketSignal {
        public AssigneeChanged {
            requireBasics(ticketKey, at);
        }
    }

    private static void requireBasics(String ticketKey, Instant at) {
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(at, "at");
    }
}
