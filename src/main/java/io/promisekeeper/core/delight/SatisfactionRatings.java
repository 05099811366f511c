package io.promisekeeper.core.delight;

import java.util.Collection;
import java.util.Map;

/**
 * Port: the JSM satisfaction rating (1–5) customers gave tickets; tickets without one are left out (outcomes then
 * show "no rating").
 */
@FunctionalInterface
public interface SatisfactionRatings {
    /** No ratings known. */
    SatisfactionRatings NONE = keys -> Map.of();

    /** The ratings of those tickets that have one, by ticket key. */
    Map<String, Integer> ratingsOf(Collection<String> ticketKeys);
}
