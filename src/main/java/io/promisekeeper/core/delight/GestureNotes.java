package io.promisekeeper.core.delight;

/**
 * Port: writes a gesture the agent did into the ticket's own history (in Jira, an internal comment), so colleagues
 * who never open the panel still see it. Best effort: the gesture is done whether or not the note is written.
 */
@FunctionalInterface
public interface GestureNotes {

    /** Notes on its ticket that {@code action}, just marked done, was done. */
    void done(DelightAction action);

    /** Writes nothing: for the preview and tests that do not look at the ticket's history. */
    static GestureNotes none() {
        return action -> { };
    }
}
