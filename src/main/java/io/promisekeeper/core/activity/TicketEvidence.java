package io.promisekeeper.core.activity;

import java.util.Optional;

/**
 * Port: what the ticket system itself recorded on a ticket, asked before a promise is broken, since the events that
 * would have kept it can be lost (a full queue, a restart, an app that was disabled).
 */
@FunctionalInterface
public interface TicketEvidence {

    /**
     * What was recorded on {@code ticketKey}; empty when the ticket no longer exists. Throws when the ticket system
     * cannot be read now, so that nothing is broken on a guess.
     */
    Optional<SettlingEvidence> of(String ticketKey);

    /** No evidence anywhere: every ticket reads as having none (stores and previews without a ticket system). */
    static TicketEvidence none() {
        return ticketKey -> Optional.of(SettlingEvidence.NONE);
    }
}
