package io.promisekeeper.core.rules;

import io.promisekeeper.core.promise.Promise;
import java.time.Instant;

/**
 * Port: how late an open promise is likely to be. The trained lateness forecaster implements it; until one
 * exists, {@link FixedTimerForecast} does.
 */
public interface RiskForecast {

    /** The risk of {@code promise} as seen at {@code now}; deterministic for the same inputs. */
    Risk of(Promise promise, Instant now);
}
