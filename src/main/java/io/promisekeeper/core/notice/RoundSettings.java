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
 */
public record RoundSettings(Duration horizon, Duration staleAfter, int batchSize) {
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
    }

    /** A day ahead, notices stale after 15 minutes, 200 tickets a batch. */
    public static RoundSettings defaults() {
        return new RoundSettings(Duration.ofDays(1), Duration.ofMinutes(15), 200);
    }
}
