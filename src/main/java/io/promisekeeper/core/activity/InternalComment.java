package io.promisekeeper.core.activity;

import java.time.Instant;

/** A comment only the service team sees; it neither keeps nor makes a promise to the customer. */
public record InternalComment(String ticketKey, String authorKey, Instant at, String body) implements TicketEvent {
}
