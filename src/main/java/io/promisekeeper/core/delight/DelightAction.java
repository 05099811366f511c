package io.promisekeeper.core.delight;

import io.promisekeeper.core.promise.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One gesture suggested on one ticket, and what became of it. Immutable: each act gives a new value with the
 * version the store must still hold, so two agents cannot both act on one suggestion.
 *
 * @param id the store's id; 0 before it is stored
 * @param projectKey the key of the ticket's service project: the budget counts per project
 * @param subject what the rule fired on plus its episode ({@code ticket:SD-1:waiting#2}); never two suggestions
 *     of one gesture for one subject
 * @param reason why, in words ("promise broken yesterday")
 * @param costCents what the gesture cost in the catalogue when it was suggested (0: free)
 * @param snoozedUntil when a snoozed suggestion comes back; null unless snoozed
 * @param actedAt when it was done, dismissed or last snoozed; null while never acted on
 * @param version the row version an act is checked against
 */
public record DelightAction(long id, String ticketKey, String customer, String projectKey, String gestureId,
                            String ruleId, String subject, String reason, Instant suggestedAt, DelightState state,
                            String doneNote, DismissReason dismissReason, String dismissNote, Instant snoozedUntil,
                            Instant actedAt, String actedBy, long costCents, long version) {
    /** Longest done note or dismiss text. */
    public static final int MAX_NOTE = 2000;
    /** Longest snooze: beyond a month the moment has passed, so dismiss it instead. */
    public static final Duration MAX_SNOOZE = Duration.ofDays(30);

    public DelightAction {
        requireText(ticketKey, "ticketKey");
        requireText(gestureId, "gestureId");
        requireText(subject, "subject");
        Objects.requireNonNull(suggestedAt, "suggestedAt");
        Objects.requireNonNull(state, "state");
        customer = customer == null ? "" : customer;
        projectKey = projectKey == null ? "" : projectKey;
        ruleId = ruleId == null ? "" : ruleId;
        reason = reason == null ? "" : reason;
        doneNote = doneNote == null ? "" : doneNote;
        dismissNote = dismissNote == null ? "" : dismissNote;
        if (costCents < 0) {
            throw new IllegalArgumentException("costCents must not be negative");
        }
        if (state == DelightState.SNOOZED && snoozedUntil == null) {
            throw new IllegalArgumentException("a snoozed suggestion needs snoozedUntil");
        }
        if (state == DelightState.DISMISSED && dismissReason == null) {
            throw new IllegalArgumentException("a dismissed suggestion needs dismissReason");
        }
    }

    /** A new suggestion, not yet stored. */
    public static DelightAction suggested(String ticketKey, String customer, String projectKey, String gestureId,
                                          String ruleId, String subject, String reason, long costCents,
                                          Instant at) {
        return new DelightAction(0, ticketKey, customer, projectKey, gestureId, ruleId, subject, reason, at,
                DelightState.SUGGESTED, "", null, "", null, null, null, costCents, 0);
    }

    /** This suggestion as stored under {@code newId} at {@code newVersion}. */
    public DelightAction stored(long newId, long newVersion) {
        return new DelightAction(newId, ticketKey, customer, projectKey, gestureId, ruleId, subject, reason,
                suggestedAt, state, doneNote, dismissReason, dismissNote, snoozedUntil, actedAt, actedBy, costCents,
                newVersion);
    }

    /** Whether the agent should see it at {@code now}: suggested, or snoozed until no later than now. */
    public boolean isOpenAt(Instant now) {
        return state == DelightState.SUGGESTED
                || (state == DelightState.SNOOZED && !snoozedUntil.isAfter(now));
    }

    /** Whether it is finished: done or dismissed. */
    public boolean isSettled() {
        return state == DelightState.DONE || state == DelightState.DISMISSED;
    }

    /**
     * The agent did the gesture, with a note of how it went (may be blank).
     *
     * @throws InvalidDelightAct naming {@code state} when it is not open now, or {@code note} when too long
     */
    public DelightAction done(String note, String agent, Instant at) {
        requireOpen(at);
        String n = note(note, "note");
        return new DelightAction(id, ticketKey, customer, projectKey, gestureId, ruleId, subject, reason, suggestedAt,
                DelightState.DONE, n, null, "", null, at, agent(agent), costCents, version);
    }

    /**
     * The agent decided against the gesture: {@code why} from the list, {@code note} in their words (required for
     * {@link DismissReason#OTHER}).
     *
     * @throws InvalidDelightAct naming {@code state}, {@code reason} or {@code note}
     */
    public DelightAction dismiss(DismissReason why, String note, String agent, Instant at) {
        requireOpen(at);
        if (why == null) {
            throw InvalidDelightAct.of(FieldError.of("reason", "choose why the gesture is dismissed", "dismissReason"));
        }
        String n = note(note, "note");
        if (why == DismissReason.OTHER && n.isEmpty()) {
            throw InvalidDelightAct.of(FieldError.of("note", "say why in a few words when the reason is OTHER",
                    "dismissNote"));
        }
        return new DelightAction(id, ticketKey, customer, projectKey, gestureId, ruleId, subject, reason, suggestedAt,
                DelightState.DISMISSED, "", why, n, null, at, agent(agent), costCents, version);
    }

    /**
     * Puts the suggestion off until {@code until}, after now and at most {@link #MAX_SNOOZE} away.
     *
     * @throws InvalidDelightAct naming {@code state} or {@code until}
     */
    public DelightAction snooze(Instant until, String agent, Instant at) {
        requireOpen(at);
        if (until == null) {
            throw InvalidDelightAct.of(FieldError.of("until", "is required", "required"));
        }
        if (!until.isAfter(at)) {
            throw InvalidDelightAct.of(FieldError.of("until", "must be in the future", "future"));
        }
        if (until.isAfter(at.plus(MAX_SNOOZE))) {
            throw InvalidDelightAct.of(FieldError.of("until", "must be at most 30 days away; dismiss it instead",
                    "snoozeLimit"));
        }
        return new DelightAction(id, ticketKey, customer, projectKey, gestureId, ruleId, subject, reason, suggestedAt,
                DelightState.SNOOZED, "", null, "", until, at, agent(agent), costCents, version);
    }

    /** How long from the suggestion to the agent's decision; empty until it is done or dismissed. */
    public Optional<Duration> timeToAct() {
        return isSettled() && actedAt != null ? Optional.of(Duration.between(suggestedAt, actedAt))
                : Optional.empty();
    }

    private void requireOpen(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!isOpenAt(at)) {
            FieldError why = switch (state) {
                case DONE -> FieldError.of("state", "this suggestion is already done", "gestureDone");
                case DISMISSED -> FieldError.of("state", "this suggestion is already dismissed", "gestureDismissed");
                case SNOOZED -> FieldError.of("state", "this suggestion is snoozed until " + snoozedUntil,
                        "gestureSnoozed", snoozedUntil);
                default -> FieldError.of("state", "this suggestion is not open", "gestureNotOpen");
            };
            throw InvalidDelightAct.of(why);
        }
    }

    private static String note(String note, String field) {
        String n = note == null ? "" : note.strip();
        // The bounds every typed text shares: the length, no control characters, something visible.
        var errors = io.promisekeeper.core.promise.InputBounds.text(field, n, MAX_NOTE, false);
        if (!errors.isEmpty()) {
            throw InvalidDelightAct.of(errors.get(0));
        }
        return n;
    }

    private static String agent(String agent) {
        if (agent == null || agent.isBlank()) {
            throw InvalidDelightAct.of(FieldError.of("agent", "must name who acted", "agent"));
        }
        return agent;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
