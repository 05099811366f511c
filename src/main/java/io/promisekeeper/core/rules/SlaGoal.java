package io.promisekeeper.core.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * One JSM SLA goal of a ticket as the adapter reads it: {@code remaining} is JSM's own remaining time (already in
 * the SLA's calendar), negative once breached.
 */
public record SlaGoal(String name, Duration remaining, boolean paused, boolean completed) {
    public SlaGoal {
        Rule.requireText(name, "name");
        Objects.requireNonNull(remaining, "remaining");
    }

    /** Running and not yet breached: the only state in which it can be "at risk". */
    public boolean isRunning() {
        return !paused && !completed && remaining.compareTo(Duration.ZERO) > 0;
    }
}
