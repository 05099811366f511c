package io.promisekeeper.core.rules;

import io.promisekeeper.core.promise.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fallback forecast before a model is trained: a promise is at risk (probability 1) once less than
 * {@code share} of its horizon (made → due) is left, like JSM's "SLA will breach within"; otherwise probability 0.
 * It knows nothing about completion, so it expects the work exactly at due.
 */
public record FixedTimerForecast(double share) implements RiskForecast {

    public FixedTimerForecast {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("share must be between 0 and 1 (exclusive): " + share);
        }
    }

    @Override
    public Risk of(Promise promise, Instant now) {
        Duration horizon = Duration.between(promise.madeAt(), promise.due());
        Duration left = Duration.between(now, promise.due());
        // Multiply in milliseconds: shares like 0.2 of a few hours need no more precision than that.
        long thresholdMillis = (long) (Math.max(0, horizon.toMillis()) * share);
        boolean atRisk = left.toMillis() < thresholdMillis || left.compareTo(Duration.ZERO) <= 0;
        String signal = atRisk
                ? "less than " + Math.round(share * 100) + " % of the promised time left (fixed timer)"
                : "fixed timer: no trained forecast yet";
        return new Risk(atRisk ? 1.0 : 0.0, promise.due(), promise.due(), List.of(signal));
    }
}
