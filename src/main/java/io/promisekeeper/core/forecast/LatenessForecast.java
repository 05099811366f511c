package io.promisekeeper.core.forecast;

import java.time.Instant;
import java.util.List;

/** The forecast for one promise at one moment: how likely it breaks, when the ticket will likely be done, and why. */
public record LatenessForecast(double breachProbability, Instant expectedCompletion, Instant p90Completion,
                               List<String> signals) {
    public LatenessForecast {
        signals = List.copyOf(signals);
    }
}
