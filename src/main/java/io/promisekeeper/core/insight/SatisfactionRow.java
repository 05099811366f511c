package io.promisekeeper.core.insight;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Satisfaction of one group of tickets: how many were rated, the mean rating, and how many gave 1, 2, 3, 4 and 5
 * ({@code counts} index 0 is rating 1).
 */
public record SatisfactionRow(String group, int rated, OptionalDouble average, List<Integer> counts) {
    public SatisfactionRow {
        counts = List.copyOf(counts);
    }
}
