package io.promisekeeper.core.promise;

import java.util.EnumSet;
import java.util.Set;

/** The life of a promise; {@link #canBecome} is the whole state machine. */
public enum PromiseStatus {
    OPEN, KEPT, BROKEN, RENEGOTIATED, CANCELLED;

    /** Whether a promise in this status may move to {@code next}. */
    public boolean canBecome(PromiseStatus next) {
        return successors().contains(next);
    }

    /** The statuses reachable in one step. */
    public Set<PromiseStatus> successors() {
        return switch (this) {
            case OPEN -> EnumSet.of(KEPT, BROKEN, RENEGOTIATED, CANCELLED);
            // A broken promise can still be repaired by agreeing a new one with the customer.
            case BROKEN -> EnumSet.of(RENEGOTIATED);
            case KEPT, RENEGOTIATED, CANCELLED -> EnumSet.noneOf(PromiseStatus.class);
        };
    }

    /** Whether no further transition is possible. */
    public boolean isFinal() {
        return successors().isEmpty();
    }
}
