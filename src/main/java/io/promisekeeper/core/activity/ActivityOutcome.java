package io.promisekeeper.core.activity;

import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseSuggestion;
import java.util.List;

/** What one ticket event or sweep changed: promises kept, promises broken, suggestions raised. */
public record ActivityOutcome(List<Promise> kept, List<Promise> broken, List<PromiseSuggestion> suggested) {

    public ActivityOutcome {
        kept = List.copyOf(kept);
        broken = List.copyOf(broken);
        suggested = List.copyOf(suggested);
    }

    /** Nothing changed. */
    public static ActivityOutcome none() {
        return new ActivityOutcome(List.of(), List.of(), List.of());
    }

    /** Whether anything changed. */
    public boolean isEmpty() {
        return kept.isEmpty() && broken.isEmpty() && suggested.isEmpty();
    }
}
