package io.promisekeeper.core.view;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the agent's view of a ticket's promises: open ones first by due, then the settled ones, newest first. */
public final class PromiseOverview {
    private static final Comparator<PromiseLine> PANEL_ORDER = Comparator
            .comparing((PromiseLine l) -> !l.promise().isOpen())
            .thenComparing(l -> l.promise().isOpen() ? l.promise().due() : Instant.MAX)
            .thenComparing(l -> l.promise().isOpen() ? 0L : -l.promise().lastChange().at().toEpochMilli())
            .thenComparing(l -> l.promise().id());

    private final PromiseLedger ledger;
    private final BusinessCalendars calendars;
    private final Clock clock;

    public PromiseOverview(PromiseLedger ledger, BusinessCalendars calendars, Clock clock) {
        this.ledger = ledger;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The ticket's promises and pending suggestions, as of now. */
    public TicketPromises of(String ticketKey) {
        Instant now = clock.instant();
        List<PromiseLine> lines = new ArrayList<>();
        for (Promise p : ledger.promisesOf(ticketKey)) {
            lines.add(new PromiseLine(p, p.isOpen() ? TimeLeft.until(p.due(), now, calendarOf(p, ticketKey)) : null));
        }
        lines.sort(PANEL_ORDER);
        return new TicketPromises(ticketKey, now, lines, ledger.pendingSuggestionsOf(ticketKey));
    }

    private BusinessCalendar calendarOf(Promise p, String ticketKey) {
        return calendars.byId(p.calendarId()).orElseGet(() -> calendars.forTicket(ticketKey));
    }
}
