package io.promisekeeper.core.activity;

import java.time.Instant;

/** The ticket moved to another agent ({@code from} or {@code to} null when unassigned). */
public record AssigneeChanged(String ticketKey, String from, String to, Instant at) implements TicketEvent {
}
