package io.promisekeeper.core.insight;

import java.util.OptionalDouble;

/**
 * Counts of promise outcomes in one group. Rates are shares of the settled promises (kept, broken or
 * renegotiated); open and cancelled promises are counted but have no outcome to rate.
 */
public record KeptRate(String group, int kept, int broken, int renegotiated, int open, int cancelled) {

    /** Promises with an outcome. */
    public int settled() {
        return kept + broken + renegotiated;
    }

    /** Share kept; empty when nothing settled yet. */
    public OptionalDouble keptRate() {
        return rate(kept);
    }

    /** Share broken; empty when nothing settled yet. */
    public OptionalDouble brokenRate() {
        return rate(broken);
    }

    /** Share renegotiated; empty when nothing settled yet. */
    public OptionalDouble renegotiatedRate() {
        return rate(renegotiated);
    }

    private OptionalDouble rate(int count) {
        return settled() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / settled());
    }
}
