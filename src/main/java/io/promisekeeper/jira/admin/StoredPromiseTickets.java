package io.promisekeeper.jira.admin;

import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.rules.RecentTicket;
import io.promisekeeper.core.rules.RecentTickets;
import io.promisekeeper.core.rules.TicketSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recent tickets for a dry run, read from the promise store alone: tickets with an open promise due in the
 * window (or up to 30 days after it), with all their promises. The snapshot is minimal — ticket key, project,
 * the ticket's calendar and zone — so promise triggers and the project condition are replayed faithfully, while
 * ticket triggers (SLA, waiting, reopened, unanswered) and the other conditions find nothing to fire on. Reading
 * every ticket's fields and history from Jira for a dry run would cost far more than the preview is worth.
 */
public final class StoredPromiseTickets implements RecentTickets {
    /** Open promises due this long after the window still count: they were at risk or due soon in it. */
    static final Duration AHEAD = Duration.ofDays(30);

    private final PromiseStore promises;
    private final BusinessCalendars calendars;

    public StoredPromiseTickets(PromiseStore promises, BusinessCalendars calendars) {
        this.promises = promises;
        this.calendars = calendars;
    }

    @Override
    public List<RecentTicket> between(Instant from, Instant to, int limit) {
        Set<String> keys = new LinkedHashSet<>();
        for (Promise p : promises.openDueWithin(from, to.plus(AHEAD))) {
            if (keys.size() >= limit) {
                break;
            }
            keys.add(p.ticketKey());
        }
        List<RecentTicket> tickets = new ArrayList<>();
        for (String key : keys) {
            BusinessCalendar calendar = calendars.forTicket(key);
            TicketSnapshot snapshot = new TicketSnapshot(key, key.substring(0, key.lastIndexOf('-')), "", "",
                    Set.of(), Set.of(), "", "", "", "", calendar.zone(), "", null, null, null, 0, false, List.of(),
                    calendar);
            tickets.add(new RecentTicket(snapshot, promises.listByTicket(key)));
        }
        return tickets;
    }
}
