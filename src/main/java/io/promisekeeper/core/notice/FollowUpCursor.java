package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the follow-ups stopped reading resolved tickets: the last one read, as (resolution time, id). The next page
 * starts strictly after it, so a window with more resolved tickets than a round reads is read in full over several
 * rounds, none skipped however many share a resolution time.
 */
public record FollowUpCursor(Instant resolvedAt, long id) {
    public FollowUpCursor {
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }

    /** Before every ticket resolved at or after {@code from}. */
    public static FollowUpCursor start(Instant from) {
        return new FollowUpCursor(from, Long.MIN_VALUE);
    }

    /** Just past {@code ticket}. */
    public static FollowUpCursor past(ResolvedTicket ticket) {
        return new FollowUpCursor(ticket.resolvedAt(), ticket.id());
    }

    /** Whether {@code ticket} comes after this cursor. */
    public boolean precedes(ResolvedTicket ticket) {
        int byTime = ticket.resolvedAt().compareTo(resolvedAt);
        return byTime > 0 || byTime == 0 && ticket.id() > id;
    }

    /** As stored: {@code <epoch millis>:<id>}. */
    public String encode() {
        return resolvedAt.toEpochMilli() + ":" + id;
    }

    /** The stored form read back; empty when it is not one (a cursor is only a position: starting over is safe). */
    public static Optional<FollowUpCursor> decode(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.trim().split(":");
        try {
            return parts.length != 2 ? Optional.empty()
                    : Optional.of(new FollowUpCursor(Instant.ofEpochMilli(Long.parseLong(parts[0])),
                    Long.parseLong(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
