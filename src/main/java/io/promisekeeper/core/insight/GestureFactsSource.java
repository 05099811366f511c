package io.promisekeeper.core.insight;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Port: the delight gestures suggested in a period, with their outcome. In Jira this is to be read from the
 * delight actions' store; until that store exists the Jira side answers with none.
 */
@FunctionalInterface
public interface GestureFactsSource {
    /** Gestures suggested in {@code [from, to)} on tickets of {@code projectKeys}. */
    List<GestureFact> suggestedWithin(Set<String> projectKeys, Instant from, Instant to);

    /** No gestures at all: what an instance without delight actions reports. */
    static GestureFactsSource none() {
        return (projects, from, to) -> List.of();
    }
}
