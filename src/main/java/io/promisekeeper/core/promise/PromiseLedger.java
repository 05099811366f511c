package io.promisekeeper.core.promise;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The use cases on a ticket's promises, as the REST layer calls them. Each validates everything before its
 * first write and runs in one {@link UnitOfWork}; events go out only after the work succeeded.
 */
public final class PromiseLedger {
    private final PromiseStore promises;
    private final SuggestionStore suggestions;
    private final UnitOfWork unitOfWork;
    private final PromiseEvents events;
    private final Clock clock;

    public PromiseLedger(PromiseStore promises, SuggestionStore suggestions, UnitOfWork unitOfWork,
                         PromiseEvents events, Clock clock) {
        this.promises = Objects.requireNonNull(promises);
        this.suggestions = Objects.requireNonNull(suggestions);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.events = Objects.requireNonNull(events);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The ticket's promises, oldest first, with history. */
    public List<Promise> promisesOf(String ticketKey) {
        return promises.listByTicket(ticketKey);
    }

    /** The ticket's suggested promises waiting for the agent. */
    public List<PromiseSuggestion> pendingSuggestionsOf(String ticketKey) {
        return suggestions.pendingForTicket(ticketKey);
    }

    /** One promise, or {@link UnknownPromise}. */
    public Promise promise(long id) {
        return promises.find(id).orElseThrow(() -> new UnknownPromise(id));
    }

    /**
     * Logs a new OPEN promise made by {@code actor} now.
     *
     * @throws InvalidPromise naming every bad field (due must lie in the future)
     */
    public Promise log(String actor, NewPromise input) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>(actorErrors(actor));
        String text = input.text() == null ? null : input.text().strip();
        errors.addAll(Promise.check(input.ticketKey(), text, input.kind(), input.due(), input.calendarId(),
                blankToPlaceholder(actor), now, input.channel(), input.source()));
        errors.addAll(dueErrors("due", input.due(), now));
        InvalidPromise.throwIfAny(errors);
        Promise fresh = Promise.open(input.ticketKey(), text, input.kind(), input.due(), input.calendarId(), actor,
                now, input.channel(), input.source());
        return unitOfWork.inTransaction(() -> promises.create(fresh));
    }

    /** Changes the content of an OPEN promise. */
    public Promise edit(String actor, long id, long expectedVersion, PromiseEdit edit) {
        Instant now = clock.instant();
        requireActor(actor);
        List<FieldError> errors = new ArrayList<>(dueErrors("due", edit.due(), now));
        if (edit.text() != null) {
            errors.addAll(Promise.checkText(edit.text().strip()));
        }
        InvalidPromise.throwIfAny(errors);
        return unitOfWork.inTransaction(() -> {
            Promise current = current(id, expectedVersion);
            Promise changed = current.edit(actor, now, edit.text(), edit.kind(), edit.due(), edit.calendarId(),
                    edit.channel());
            return promises.update(changed, expectedVersion, changed.lastChange());
        });
    }

    /** The agent marks the promise kept by hand. */
    public Promise markKept(String actor, long id, long expectedVersion, String note) {
        Instant now = clock.instant();
        requireActor(actor);
        InvalidPromise.throwIfAny(InputBounds.text("note", note, InputBounds.MAX_NOTE, false));
        Promise kept = transact(() -> {
            Promise changed = current(id, expectedVersion).keep(actor, now, noteOr(note, "marked kept"));
            return promises.update(changed, expectedVersion, changed.lastChange());
        });
        events.publish(new PromiseKept(kept, now, false));
        return kept;
    }

    /** The agent marks the promise broken by hand. */
    public Promise markBroken(String actor, long id, long expectedVersion, String note) {
        Instant now = clock.instant();
        requireActor(actor);
        InvalidPromise.throwIfAny(InputBounds.text("note", note, InputBounds.MAX_NOTE, false));
        Promise broken = transact(() -> {
            Promise changed = current(id, expectedVersion).markBroken(actor, now, noteOr(note, "marked broken"));
            return promises.update(changed, expectedVersion, changed.lastChange());
        });
        events.publish(new PromiseBroken(broken, now, false));
        return broken;
    }

    /** Withdraws a promise that should not have been logged; the reason is required. */
    public Promise cancel(String actor, long id, long expectedVersion, String reason) {
        Instant now = clock.instant();
        requireActor(actor);
        InvalidPromise.throwIfAny(reasonErrors(reason, true));
        return transact(() -> {
            Promise changed = current(id, expectedVersion).cancel(actor, now, reason.strip());
            return promises.update(changed, expectedVersion, changed.lastChange());
        });
    }

    /**
     * Replaces an OPEN (or BROKEN) promise by a new OPEN one that links back; the old one becomes RENEGOTIATED
     * and links forward.
     */
    public Renegotiated renegotiate(String actor, long id, long expectedVersion, RenegotiationTerms terms) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>(actorErrors(actor));
        // Named as the caller sends them (due, text), not as the terms call them.
        if (terms.newDue() == null) {
            errors.add(FieldError.of("due", "is required", "required"));
        } else {
            errors.addAll(dueErrors("due", terms.newDue(), now));
        }
        if (terms.newText() != null && !terms.newText().isBlank()) {
            errors.addAll(Promise.checkText(terms.newText().strip()));
        }
        errors.addAll(reasonErrors(terms.reason(), true));
        InvalidPromise.throwIfAny(errors);
        Renegotiated result = transact(() -> {
            Promise current = current(id, expectedVersion);
            current.requireCanBecome(PromiseStatus.RENEGOTIATED);
            Promise replacement = promises.create(current.replacement(actor, now, terms.newText(), terms.newDue(),
                    terms.reason(), terms.customerAgreed()));
            Promise superseded = current.supersede(actor, now, replacement.id(), terms.reason().strip());
            Promise previous = promises.update(superseded, expectedVersion, superseded.lastChange());
            return new Renegotiated(previous, replacement);
        });
        events.publish(new PromiseRenegotiated(result.previous(), result.replacement(), now));
        return result;
    }

    /**
     * Turns a PENDING suggestion into an OPEN promise, with the agent's corrections; the promise is made by
     * the accepting agent, detected in a comment.
     */
    public Promise acceptSuggestion(String actor, long suggestionId, SuggestionEdit edit, Channel defaultChannel) {
        Instant now = clock.instant();
        requireActor(actor);
        SuggestionEdit corrections = edit == null ? SuggestionEdit.none() : edit;
        return transact(() -> {
            PromiseSuggestion suggestion = pendingSuggestion(suggestionId);
            String text = corrections.text() == null ? suggestion.sentence() : corrections.text().strip();
            PromiseKind kind = corrections.kind() == null ? suggestion.kind() : corrections.kind();
            Instant due = corrections.due() == null ? suggestion.due() : corrections.due();
            Channel channel = corrections.channel() == null ? defaultChannel : corrections.channel();
            List<FieldError> errors = new ArrayList<>(Promise.check(suggestion.ticketKey(), text, kind, due,
                    suggestion.calendarId(), actor, now, channel, PromiseSource.DETECTED_IN_COMMENT));
            errors.addAll(dueErrors("due", due, now));
            InvalidPromise.throwIfAny(errors);
            if (!suggestions.decide(suggestionId, SuggestionStatus.ACCEPTED)) {
                throw alreadyDecided();
            }
            return promises.create(Promise.open(suggestion.ticketKey(), text, kind, due, suggestion.calendarId(),
                    actor, now, channel, PromiseSource.DETECTED_IN_COMMENT));
        });
    }

    /** The agent says the suggestion is not a promise. */
    public PromiseSuggestion dismissSuggestion(String actor, long suggestionId) {
        requireActor(actor);
        return transact(() -> {
            PromiseSuggestion suggestion = pendingSuggestion(suggestionId);
            if (!suggestions.decide(suggestionId, SuggestionStatus.DISMISSED)) {
                throw alreadyDecided();
            }
            return suggestion.withStatus(SuggestionStatus.DISMISSED);
        });
    }

    private PromiseSuggestion pendingSuggestion(long suggestionId) {
        PromiseSuggestion suggestion = suggestions.find(suggestionId)
                .orElseThrow(() -> new UnknownSuggestion(suggestionId));
        if (suggestion.status() != SuggestionStatus.PENDING) {
            throw new SuggestionDecided(suggestionId, suggestion.status());
        }
        return suggestion;
    }

    // Another agent decided it between our read and our write.
    private static SuggestionDecided alreadyDecided() {
        return new SuggestionDecided(0, null);
    }

    private Promise current(long id, long expectedVersion) {
        Promise current = promise(id);
        if (current.version() != expectedVersion) {
            throw new VersionConflict(id, expectedVersion, current.version());
        }
        return current;
    }

    private <T> T transact(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    // In the future, and within the window every date input shares.
    private static List<FieldError> dueErrors(String field, Instant due, Instant now) {
        if (due != null && !due.isAfter(now)) {
            return List.of(FieldError.of(field, "must be in the future", "future"));
        }
        return InputBounds.moment(field, due, now);
    }

    private static List<FieldError> reasonErrors(String reason, boolean required) {
        if (reason == null || reason.isBlank()) {
            return required ? List.of(FieldError.of("reason", "is required", "required")) : List.of();
        }
        return InputBounds.text("reason", reason.strip(), Promise.MAX_REASON, required);
    }

    private static List<FieldError> actorErrors(String actor) {
        return actor == null || actor.isBlank() ? List.of(FieldError.of("actor", "is required", "required")) : List.of();
    }

    private static void requireActor(String actor) {
        InvalidPromise.throwIfAny(actorErrors(actor));
    }

    // Promise.check reports a missing maker as "madeBy"; the actor error already covers it under its own name.
    private static String blankToPlaceholder(String actor) {
        return actor == null || actor.isBlank() ? "?" : actor;
    }

    private static String noteOr(String note, String fallback) {
        return note == null || note.isBlank() ? fallback : note.strip();
    }
}
