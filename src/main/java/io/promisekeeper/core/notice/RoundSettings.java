package io.promisekeeper.core.notice;

import java.time.Duration;
import java.util.Objects;

/**
 * How a notice round works.
 *
 * @param horizon promises due within this much time from now are evaluated on each tick
 * @param staleAfter a notice still CLAIMED or SENDING this long after its last step belongs to a node that stopped;
 *     far longer than any send takes, so the sweep never takes a notice from a node that is still working
 * @param batchSize tickets read and planned together: bounds memory and the size of IN lists
 * @param actionsPerTick after this many notices sent or drafted and team tasks carried out, a tick plans no further
 *     ticket; the rest is planned on the next tick (tickets soonest due first). Bounds the catch-up after an
 *     install or an outage; a steady tick does a few dozen
 */
public record RoundSettings(Duration horizon, Duration staleAfter, int batchSize, int actionsPerTick) {
    /** No bound on the work of one tick. */
    public RoundSettings(Duration horizon, Duration staleAfter, int batchSize) {
        this(horizon, staleAfter, batchSize, Integer.MAX_VALUE);
    }

    public RoundSettings {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be positive: " + horizon);
        }
        if (staleAfter.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("staleAfter must be at least a minute: " + staleAfter);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        if (actionsPerTick < 1) {
            throw new IllegalArgumentException("actionsPerTick must be at least 1: " + actionsPerTick);
        }
    }

    /** A day ahead, notices stale after 15 minutes, 200 tickets a batch, at most 1,000 actions a tick. */
    public static RoundSettings defaults() {
        return new RoundSettings(Duration.ofDays(1), Duration.ofMinutes(15), 200, 1_000);
    }
}
