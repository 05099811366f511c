package io.promisekeeper.core.delight;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What an agent does with a suggestion in the panel: done with a note, dismissed with a reason, or snoozed.
 * Each act is checked against the version the store holds, so of two agents acting at once one gets a
 * {@link DelightConflict} and nothing of theirs is saved.
 */
public final class DelightDesk {
    /** "Whatever version is stored": for callers that did not show the agent a version. */
    public static final long ANY_VERSION = -1;

    private final DelightActions store;
    private final GestureNotes notes;
    private final Clock clock;

    public DelightDesk(DelightActions store, Clock clock) {
        this(store, GestureNotes.none(), clock);
    }

    public DelightDesk(DelightActions store, GestureNotes notes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Marks the gesture done, as it is stored now; see {@link DelightAction#done}. */
    public DelightAction done(long id, String note, String agent) {
        return done(id, ANY_VERSION, note, agent);
    }

    /**
     * Marks the gesture done if it is still at {@code seenVersion}, the version the agent acted on; else
     * {@link DelightConflict}.
     */
    public DelightAction done(long id, long seenVersion, String note, String agent) {
        Instant now = clock.instant();
        DelightAction done = act(id, seenVersion, a -> a.done(note, agent, now));
        // Only after the store took the act: a conflicting second click writes no second note.
        notes.done(done);
        return done;
    }

    /** Dismisses the gesture, as it is stored now; see {@link DelightAction#dismiss}. */
    public DelightAction dismiss(long id, DismissReason reason, String note, String agent) {
        return dismiss(id, ANY_VERSION, reason, note, agent);
    }

    /** Dismisses the gesture if it is still at {@code seenVersion}; else {@link DelightConflict}. */
    public DelightAction dismiss(long id, long seenVersion, DismissReason reason, String note, String agent) {
        Instant now = clock.instant();
        return act(id, seenVersion, a -> a.dismiss(reason, note, agent, now));
    }

    /** Puts the gesture off, as it is stored now; see {@link DelightAction#snooze}. */
    public DelightAction snooze(long id, Instant until, String agent) {
        return snooze(id, ANY_VERSION, until, agent);
    }

    /** Puts the gesture off if it is still at {@code seenVersion}; else {@link DelightConflict}. */
    public DelightAction snooze(long id, long seenVersion, Instant until, String agent) {
        Instant now = clock.instant();
        return act(id, seenVersion, a -> a.snooze(until, agent, now));
    }

    private DelightAction act(long id, long seenVersion, UnaryOperator<DelightAction> change) {
        DelightAction current = store.find(id).orElseThrow(() -> new UnknownDelightAction(id));
        // The panel showed the agent one version: acting on a newer one would act on something they never saw.
        if (seenVersion != ANY_VERSION && current.version() != seenVersion) {
            throw new DelightConflict(id, seenVersion);
        }
        return store.act(change.apply(current));
    }
}
