package io.promisekeeper.core.promise;

import io.promisekeeper.core.MessageKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A commitment an agent made to a customer on a ticket; immutable, every change returns a new value.
 *
 * <p>{@code id} and {@code version} are 0 until the store assigns them. {@code supersededBy} is set on a
 * RENEGOTIATED promise; {@code renegotiatedFrom}, {@code renegotiationReason} and {@code customerAgreed}
 * are set on the promise that replaced it (all null otherwise).
 */
public record Promise(
        long id,
        String ticketKey,
        String text,
        PromiseKind kind,
        Instant due,
        String calendarId,
        String madeBy,
        Instant madeAt,
        Channel channel,
        PromiseSource source,
        PromiseStatus status,
        long version,
        Long supersededBy,
        Long renegotiatedFrom,
        String renegotiationReason,
        Boolean customerAgreed,
        List<PromiseChange> history) {

    /** Longest promise text, counted in characters as a person would. */
    public static final int MAX_TEXT = 1000;
    /** Longest renegotiation or cancellation reason. */
    public static final int MAX_REASON = 500;

    private static final Pattern TICKET_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    public Promise {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(history, "history");
        InvalidPromise.throwIfAny(check(ticketKey, text, kind, due, calendarId, madeBy, madeAt, channel, source));
        if (id < 0 || version < 0) {
            throw new IllegalArgumentException("id and version are never negative");
        }
        history = List.copyOf(history);
    }

    /**
     * A new OPEN promise, not yet stored; its history starts with CREATED.
     *
     * @throws InvalidPromise naming every bad field
     */
    public static Promise open(String ticketKey, String text, PromiseKind kind, Instant due, String calendarId,
                               String madeBy, Instant madeAt, Channel channel, PromiseSource source) {
        String cleanText = text == null ? null : text.strip();
        InvalidPromise.throwIfAny(check(ticketKey, cleanText, kind, due, calendarId, madeBy, madeAt, channel, source));
        PromiseChange created = new PromiseChange(madeBy, madeAt, ChangeType.CREATED,
                MessageKey.of("history.created", MessageKey.of("panel.kind." + kind.name()), due,
                        MessageKey.of("panel.channel." + channel.name()), MessageKey.of("source." + source.name()))
                        .encoded());
        return new Promise(0, ticketKey, cleanText, kind, due, calendarId, madeBy, madeAt, channel, source,
                PromiseStatus.OPEN, 0, null, null, null, null, List.of(created));
    }

    /** Every field error of these values; empty when they make a valid promise. */
    public static List<FieldError> check(String ticketKey, String text, PromiseKind kind, Instant due,
                                         String calendarId, String madeBy, Instant madeAt, Channel channel,
                                         PromiseSource source) {
        List<FieldError> errors = new ArrayList<>();
        if (ticketKey == null || ticketKey.isBlank()) {
            errors.add(FieldError.of("ticketKey", "is required", "required"));
        } else if (!TICKET_KEY.matcher(ticketKey).matches()) {
            errors.add(FieldError.of("ticketKey", "is not a ticket key like ABC-123", "ticketKey"));
        }
        errors.addAll(checkText(text));
        if (kind == null) {
            errors.add(FieldError.of("kind", "is required", "required"));
        }
        if (due == null) {
            errors.add(FieldError.of("due", "is required", "required"));
        }
        if (calendarId == null || calendarId.isBlank()) {
            errors.add(FieldError.of("calendarId", "is required", "required"));
        }
        if (madeBy == null || madeBy.isBlank()) {
            errors.add(FieldError.of("madeBy", "is required", "required"));
        }
        if (madeAt == null) {
            errors.add(FieldError.of("madeAt", "is required", "required"));
        }
        if (channel == null) {
            errors.add(FieldError.of("channel", "is required", "required"));
        }
        if (source == null) {
            errors.add(FieldError.of("source", "is required", "required"));
        }
        return errors;
    }

    /** Field errors of a promise text alone. */
    public static List<FieldError> checkText(String text) {
        return InputBounds.text("text", text, MAX_TEXT, true);
    }

    /** Whether the promise has not been settled yet. */
    public boolean isOpen() {
        return status == PromiseStatus.OPEN;
    }

    /** The newest history entry. */
    public PromiseChange lastChange() {
        return history.get(history.size() - 1);
    }

    /** Marked kept, by a person or by the app ({@link PromiseChange#SYSTEM}). */
    public Promise keep(String who, Instant at, String detail) {
        return moveTo(PromiseStatus.KEPT, new PromiseChange(who, at, ChangeType.KEPT, detail));
    }

    /** Marked broken, by a person or by the overdue sweep. */
    public Promise markBroken(String who, Instant at, String detail) {
        return moveTo(PromiseStatus.BROKEN, new PromiseChange(who, at, ChangeType.BROKEN, detail));
    }

    /** Withdrawn without an outcome, e.g. logged by mistake. */
    public Promise cancel(String who, Instant at, String reason) {
        return moveTo(PromiseStatus.CANCELLED, new PromiseChange(who, at, ChangeType.CANCELLED, reason));
    }

    /** Replaced by the stored promise {@code replacementId}, which carries the reason and agreement. */
    public Promise supersede(String who, Instant at, long replacementId, String reason) {
        Promise moved = moveTo(PromiseStatus.RENEGOTIATED, new PromiseChange(who, at, ChangeType.RENEGOTIATED,
                reason == null || reason.isBlank() ? MessageKey.of("history.replaced", replacementId).encoded()
                        : MessageKey.of("history.replaced.reason", replacementId, reason.strip()).encoded()));
        return new Promise(id, ticketKey, text, kind, due, calendarId, madeBy, madeAt, channel, source,
                moved.status, version, replacementId, renegotiatedFrom, renegotiationReason, customerAgreed,
                moved.history);
    }

    /** Refuses with {@link IllegalPromiseTransition} unless this promise may become {@code next}. */
    public void requireCanBecome(PromiseStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalPromiseTransition(id, status, next.name());
        }
    }

    /**
     * The same promise with new content; only an OPEN promise can be edited. Null arguments keep the
     * current value.
     *
     * @throws InvalidPromise when the edited values are not valid
     */
    public Promise edit(String who, Instant at, String newText, PromiseKind newKind, Instant newDue,
                        String newCalendarId, Channel newChannel) {
        if (!isOpen()) {
            throw new IllegalPromiseTransition(id, status, "edited");
        }
        String t = newText == null ? text : newText.strip();
        PromiseKind k = newKind == null ? kind : newKind;
        Instant d = newDue == null ? due : newDue;
        String cal = newCalendarId == null ? calendarId : newCalendarId;
        Channel ch = newChannel == null ? channel : newChannel;
        InvalidPromise.throwIfAny(check(ticketKey, t, k, d, cal, madeBy, madeAt, ch, source));
        List<Object> what = new ArrayList<>();
        if (!t.equals(text)) {
            what.add(MessageKey.of("history.edited.text"));
        }
        if (k != kind) {
            what.add(MessageKey.of("history.edited.kind", MessageKey.of("panel.kind." + kind.name()),
                    MessageKey.of("panel.kind." + k.name())));
        }
        if (!d.equals(due)) {
            what.add(MessageKey.of("history.edited.due", due, d));
        }
        if (!cal.equals(calendarId)) {
            what.add(MessageKey.of("history.edited.calendar", calendarId, cal));
        }
        if (ch != channel) {
            what.add(MessageKey.of("history.edited.channel", MessageKey.of("panel.channel." + channel.name()),
                    MessageKey.of("panel.channel." + ch.name())));
        }
        String detail = what.isEmpty() ? MessageKey.of("history.edited.none").encoded()
                : new MessageKey("history.edited.list", what).encoded();
        return new Promise(id, ticketKey, t, k, d, cal, madeBy, madeAt, ch, source, status, version,
                supersededBy, renegotiatedFrom, renegotiationReason, customerAgreed,
                appended(new PromiseChange(who, at, ChangeType.EDITED, detail)));
    }

    /** The OPEN promise that replaces this one after renegotiation, not yet stored. */
    public Promise replacement(String who, Instant at, String newText, Instant newDue, String reason,
                               boolean agreed) {
        requireCanBecome(PromiseStatus.RENEGOTIATED);
        String t = newText == null || newText.isBlank() ? text : newText.strip();
        Promise fresh = Promise.open(ticketKey, t, kind, newDue, calendarId, who, at, channel, source);
        PromiseChange created = new PromiseChange(who, at, ChangeType.CREATED,
                MessageKey.of(agreed ? "history.renegotiated.agreed" : "history.renegotiated.notAgreed", id, newDue,
                        reason == null ? "" : reason.strip()).encoded());
        return new Promise(0, ticketKey, fresh.text(), kind, newDue, calendarId, who, at, channel, source,
                PromiseStatus.OPEN, 0, null, id, reason == null ? null : reason.strip(), agreed,
                List.of(created));
    }

    /** The same promise as stored: with the id and version the store assigned. */
    public Promise stored(long newId, long newVersion) {
        return new Promise(newId, ticketKey, text, kind, due, calendarId, madeBy, madeAt, channel, source, status,
                newVersion, supersededBy, renegotiatedFrom, renegotiationReason, customerAgreed, history);
    }

    /** The same promise with one more history entry, e.g. a note; status unchanged. */
    public Promise withChange(PromiseChange change) {
        return new Promise(id, ticketKey, text, kind, due, calendarId, madeBy, madeAt, channel, source, status,
                version, supersededBy, renegotiatedFrom, renegotiationReason, customerAgreed, appended(change));
    }

    private Promise moveTo(PromiseStatus next, PromiseChange change) {
        requireCanBecome(next);
        return new Promise(id, ticketKey, text, kind, due, calendarId, madeBy, madeAt, channel, source, next,
                version, supersededBy, renegotiatedFrom, renegotiationReason, customerAgreed, appended(change));
    }

    private List<PromiseChange> appended(PromiseChange change) {
        List<PromiseChange> all = new ArrayList<>(history);
        all.add(change);
        return all;
    }
}
