package io.promisekeeper.core.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How likely a promise is to be late, and when the work is expected to be done: median and 90th percentile.
 *
 * @param signals short reasons in words ("no agent reply for 2 days"), for the agent prompt
 */
public record Risk(double lateProbability, Instant expectedCompletion, Instant expectedCompletionP90,
                   List<String> signals) {
    public Risk {
        if (!(lateProbability >= 0 && lateProbability <= 1)) {
            throw new IllegalArgumentException("lateProbability must be between 0 and 1: " + lateProbability);
        }
        Objects.requireNonNull(expectedCompletion, "expectedCompletion");
        Objects.requireNonNull(expectedCompletionP90, "expectedCompletionP90");
        if (expectedCompletionP90.isBefore(expectedCompletion)) {
            throw new IllegalArgumentException("the 90th percentile cannot come before the median");
        }
        signals = List.copyOf(signals);
    }
}
