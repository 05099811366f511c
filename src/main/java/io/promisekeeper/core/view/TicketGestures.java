package io.promisekeeper.core.view;

import java.time.Instant;
import java.util.List;

/**
 * The delight gestures of a ticket for the panel: open suggestions (oldest first), and the ones done or dismissed
 * (newest first), which form the ticket's gesture history.
 *
 * @param currency the catalogue's currency, for showing costs
 * @param asOf when the view was built
 */
public record TicketGestures(List<GestureLine> open, List<GestureLine> settled, String currency, Instant asOf) {
    public TicketGestures {
        open = List.copyOf(open);
        settled = List.copyOf(settled);
    }

    /** A ticket without gestures. */
    public static TicketGestures none() {
        return new TicketGestures(List.of(), List.of(), "EUR", Instant.EPOCH);
    }
}
