package io.promisekeeper.core.insight;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How long before the due moment the sent delay notices went out: count, median and 90th percentile
 * (nearest rank over the lead times sorted ascending), and how many fell in each {@link LeadBucket}.
 */
public record LeadTimes(int count, Optional<Duration> median, Optional<Duration> p90, Map<LeadBucket, Integer> buckets) {
    public LeadTimes {
        buckets = Map.copyOf(buckets);
    }
}
