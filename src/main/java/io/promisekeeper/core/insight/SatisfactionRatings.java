package io.promisekeeper.core.insight;

import java.util.Collection;
import java.util.Map;

/** Port: the JSM customer satisfaction rating (1 to 5) of tickets whose customer gave one. */
@FunctionalInterface
public interface SatisfactionRatings {
    /** Ratings by ticket key; tickets without a rating are absent. */
    Map<String, Integer> ratingsOf(Collection<String> ticketKeys);

    /** No ratings: where the host gives no way to read them. */
    static SatisfactionRatings none() {
        return keys -> Map.of();
    }
}
