package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.List;

/**
 * Port: tickets resolved in a period. A follow-up some days after resolution has no event to wake it and no promise
 * due soon to bring it into the tick, so the round asks for these tickets itself, a page at a time.
 */
@FunctionalInterface
public interface ResolvedTicketKeys {

    /**
     * Tickets resolved after {@code after} and at or before {@code to}, in {@link ResolvedTicket#ORDER}: at most
     * {@code limit}, plus any more resolved in the same instant as the last, so that a page never ends inside a tie.
     */
    List<ResolvedTicket> resolvedAfter(FollowUpCursor after, Instant to, int limit);
}
