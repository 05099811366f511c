package io.promisekeeper.core.activity;

import java.time.Instant;

/** Something that happened on a ticket that may settle a promise or reveal one; adapters translate host events to these. */
public sealed interface TicketEvent permits TicketResolved, PublicAgentComment, InternalComment, AssigneeChanged {

    /** The ticket it happened on. */
    String ticketKey();

    /** When it happened. */
    Instant at();
}
