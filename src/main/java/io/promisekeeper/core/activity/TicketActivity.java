package io.promisekeeper.core.activity;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.calendar.BusinessCalendar;
import io.promisekeeper.core.calendar.BusinessCalendars;
import io.promisekeeper.core.detect.DetectedPromise;
import io.promisekeeper.core.detect.PromiseDetector;
import io.promisekeeper.core.promise.ChangeType;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseBroken;
import io.promisekeeper.core.promise.PromiseChange;
import io.promisekeeper.core.promise.PromiseEvent;
import io.promisekeeper.core.promise.PromiseEvents;
import io.promisekeeper.core.promise.PromiseKept;
import io.promisekeeper.core.promise.PromiseKind;
import io.promisekeeper.core.promise.PromiseStore;
import io.promisekeeper.core.promise.PromiseSuggested;
import io.promisekeeper.core.promise.PromiseSuggestion;
import io.promisekeeper.core.promise.SuggestionStatus;
import io.promisekeeper.core.promise.SuggestionStore;
import io.promisekeeper.core.promise.UnitOfWork;
import io.promisekeeper.core.promise.VersionConflict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Settles promises from what happens on tickets, without anyone marking them: a resolution keeps RESOLUTION
 * promises, a public agent comment keeps CALLBACK and UPDATE promises and may reveal new ones (stored as
 * suggestions, never as promises), and the overdue sweep breaks what was not kept in time.
 *
 * <p>Handling the same event twice changes nothing the second time, since adapters may redeliver. Events can also be
 * lost, so before breaking a promise the sweep asks {@link TicketEvidence} whether the ticket's own record kept it.
 * Each promise is settled in a transaction of its own: a conflict on one (another node, an agent) rolls back that
 * promise alone, never the rest of a sweep.
 */
public final class TicketActivity {
    private static final Set<PromiseKind> KEPT_BY_COMMENT = Set.of(PromiseKind.CALLBACK, PromiseKind.UPDATE);
    // Every store can hold it as epoch milliseconds, unlike Instant.MAX.
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private final PromiseStore promises;
    private final SuggestionStore suggestions;
    private final BusinessCalendars calendars;
    private final PromiseDetector detector;
    private final PromiseEvents events;
    private final UnitOfWork unitOfWork;
    private final Duration grace;
    private final TicketEvidence evidence;

    /** Without a ticket record to consult: the sweep breaks what no event kept. */
    public TicketActivity(PromiseStore promises, SuggestionStore suggestions, BusinessCalendars calendars,
                          PromiseDetector detector, PromiseEvents events, UnitOfWork unitOfWork, Duration grace) {
        this(promises, suggestions, calendars, detector, events, unitOfWork, grace, TicketEvidence.none());
    }

    /** {@code grace} is how long past due an open promise may stay open before the sweep breaks it. */
    public TicketActivity(PromiseStore promises, SuggestionStore suggestions, BusinessCalendars calendars,
                          PromiseDetector detector, PromiseEvents events, UnitOfWork unitOfWork, Duration grace,
                          TicketEvidence evidence) {
        this.promises = Objects.requireNonNull(promises);
        this.suggestions = Objects.requireNonNull(suggestions);
        this.calendars = Objects.requireNonNull(calendars);
        this.detector = Objects.requireNonNull(detector);
        this.events = Objects.requireNonNull(events);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace period must not be negative: " + grace);
        }
        this.grace = grace;
        this.evidence = Objects.requireNonNull(evidence);
    }

    /** Handles one ticket event; events to listeners go out after the writes succeeded. */
    public ActivityOutcome on(TicketEvent event) {
        if (event instanceof TicketResolved resolved) {
            return resolved(resolved);
        }
        if (event instanceof PublicAgentComment comment) {
            return publicAgentComment(comment);
        }
        if (event instanceof AssigneeChanged change) {
            return assigneeChanged(change);
        }
        // Internal comments are invisible to the customer: they neither keep nor make promises.
        return ActivityOutcome.none();
    }

    /**
     * Settles every OPEN promise whose due plus the grace period lies before {@code now}: kept when the ticket's
     * record shows it was kept in time (its event was lost), broken otherwise. A ticket whose record cannot be read
     * now is left for the next sweep.
     */
    public ActivityOutcome breakOverdue(Instant now) {
        List<Promise> kept = new ArrayList<>();
        List<Promise> broken = new ArrayList<>();
        withRecords(promises.openDueWithin(Instant.EPOCH, now.minus(grace)), (p, record) -> {
            Optional<Instant> keptAt = record.flatMap(r -> r.keptAt(p));
            if (keptAt.isPresent()) {
                keepFromRecord(p, keptAt.get()).ifPresent(kept::add);
            } else {
                settle(p, q -> q.markBroken(PromiseChange.SYSTEM, now,
                        MessageKey.of("history.notKept", q.due(), grace).encoded())).ifPresent(broken::add);
            }
        });
        kept.forEach(p -> events.publish(new PromiseKept(p, p.lastChange().at(), true)));
        broken.forEach(p -> events.publish(new PromiseBroken(p, now, true)));
        return new ActivityOutcome(kept, broken, List.of());
    }

    /**
     * Keeps every OPEN promise, due or not, that the ticket's record shows was kept: what the app missed while it was
     * away (disabled, upgraded, restarted with events queued). Breaks nothing; that stays the sweep's part.
     */
    public ActivityOutcome reconcile(Instant now) {
        List<Promise> kept = new ArrayList<>();
        List<Promise> open = promises.openDueWithin(Instant.EPOCH, FAR_FUTURE).stream()
                .filter(p -> SettlingEvidence.canKeep(p.kind()) && p.madeAt().isBefore(now))
                .toList();
        withRecords(open, (p, record) ->
                record.flatMap(r -> r.keptAt(p)).flatMap(at -> keepFromRecord(p, at)).ifPresent(kept::add));
        kept.forEach(p -> events.publish(new PromiseKept(p, p.lastChange().at(), true)));
        return new ActivityOutcome(kept, List.of(), List.of());
    }

    /**
     * Hands each promise to {@code settle} with its ticket's record, read once per ticket. A ticket whose record
     * cannot be read is skipped: its promises stay as they are until the next run, since a missing fact must not
     * break a promise.
     */
    private void withRecords(List<Promise> open, BiConsumer<Promise, Optional<SettlingEvidence>> settle) {
        for (Map.Entry<String, List<Promise>> ticket : byTicket(open).entrySet()) {
            Optional<SettlingEvidence> record;
            try {
                record = evidence.of(ticket.getKey());
            } catch (RuntimeException unreadable) {
                continue;
            }
            ticket.getValue().forEach(p -> settle.accept(p, record));
        }
    }

    private Optional<Promise> keepFromRecord(Promise p, Instant at) {
        return settle(p, q -> q.keep(PromiseChange.SYSTEM, at, MessageKey.of("history.keptFromRecord", at).encoded()));
    }

    private static Map<String, List<Promise>> byTicket(List<Promise> list) {
        Map<String, List<Promise>> grouped = new LinkedHashMap<>();
        list.forEach(p -> grouped.computeIfAbsent(p.ticketKey(), k -> new ArrayList<>()).add(p));
        return grouped;
    }

    private ActivityOutcome resolved(TicketResolved event) {
        List<Promise> kept = keepOpen(event.ticketKey(), event.at(), Set.of(PromiseKind.RESOLUTION),
                MessageKey.of("history.resolved", event.at()).encoded());
        publishKept(kept, event.at());
        return new ActivityOutcome(kept, List.of(), List.of());
    }

    private ActivityOutcome publicAgentComment(PublicAgentComment event) {
        BusinessCalendar calendar = calendars.forTicket(event.ticketKey());
        List<DetectedPromise> detected = detector.detect(event.body(), event.at(), calendar);
        // Each kept promise commits on its own (see settle); the suggestions are one unit of work after them.
        List<Promise> kept = keepOpen(event.ticketKey(), event.at(), KEPT_BY_COMMENT,
                MessageKey.of("history.publicComment", event.authorKey(), event.at()).encoded());
        List<PromiseSuggestion> suggested = new ArrayList<>();
        unitOfWork.inTransaction(() -> {
            List<PromiseSuggestion> pending = suggestions.pendingForTicket(event.ticketKey());
            for (DetectedPromise d : detected) {
                boolean known = pending.stream().anyMatch(s -> s.sentence().equals(d.sentence())
                        && s.due().equals(d.due()));
                if (!known) {
                    suggested.add(suggestions.create(new PromiseSuggestion(0, event.ticketKey(), d.sentence(),
                            d.kind(), d.due(), calendar.id(), event.authorKey(), event.at(),
                            SuggestionStatus.PENDING)));
                }
            }
            return null;
        });
        publishKept(kept, event.at());
        suggested.forEach(s -> events.publish(new PromiseSuggested(s, event.at())));
        return new ActivityOutcome(kept, List.of(), suggested);
    }

    private ActivityOutcome assigneeChanged(AssigneeChanged event) {
        // The new assignee inherits the open promises; the history says so.
        unitOfWork.inTransaction(() -> {
            for (Promise p : promises.listByTicket(event.ticketKey())) {
                if (p.isOpen()) {
                    promises.appendHistory(p.id(), new PromiseChange(PromiseChange.SYSTEM, event.at(), ChangeType.NOTE,
                            MessageKey.of("history.reassigned", orNobody(event.from()), orNobody(event.to())).encoded()));
                }
            }
            return null;
        });
        return ActivityOutcome.none();
    }

    private List<Promise> keepOpen(String ticketKey, Instant at, Set<PromiseKind> kinds, String detail) {
        List<Promise> kept = new ArrayList<>();
        for (Promise p : promises.listByTicket(ticketKey)) {
            // Only what happened after the promise was made and by its due moment counts.
            if (p.isOpen() && kinds.contains(p.kind()) && at.isAfter(p.madeAt()) && !at.isAfter(p.due())) {
                settle(p, q -> q.keep(PromiseChange.SYSTEM, at, detail)).ifPresent(kept::add);
            }
        }
        return kept;
    }

    // A concurrent change by an agent or another node wins: the promise is re-read once and left alone if no longer
    // open. Each attempt is a transaction of its own, since on PostgreSQL a failed insert under a unique key aborts
    // the transaction around it, and a re-read inside it would fail.
    private Optional<Promise> settle(Promise p, UnaryOperator<Promise> change) {
        Promise current = p;
        for (int attempt = 0; attempt < 2; attempt++) {
            if (!current.isOpen()) {
                return Optional.empty();
            }
            Promise changed = change.apply(current);
            long expected = current.version();
            try {
                return Optional.of(unitOfWork.inTransaction(
                        () -> promises.update(changed, expected, changed.lastChange())));
            } catch (VersionConflict conflict) {
                current = promises.find(p.id()).orElse(current);
            }
        }
        return Optional.empty();
    }

    private void publishKept(List<Promise> kept, Instant at) {
        for (Promise p : kept) {
            PromiseEvent event = new PromiseKept(p, at, true);
            events.publish(event);
        }
    }

    private static Object orNobody(String user) {
        return user == null ? MessageKey.of("history.nobody") : user;
    }
}
