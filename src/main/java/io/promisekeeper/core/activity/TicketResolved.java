package io.promisekeeper.core.activity;

import java.time.Instant;

/** The ticket got a resolution. */
public record TicketResolved(String ticketKey, Instant at) implements TicketEvent {
}
