package io.promisekeeper.core.activity;

import java.time.Instant;

/** A comment by someone on the service team that the customer can see. */
public record PublicAgentComment(String ticketKey, String authorKey, Instant at, String body) implements TicketEvent {
}
