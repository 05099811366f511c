package io.promisekeeper.core.promise;

import java.time.Instant;

/** The detector found a possible promise in a comment and stored it as a suggestion. */
public record PromiseSuggested(PromiseSuggestion suggestion, Instant at) implements PromiseEvent {
    @Override
    public String ticketKey() {
        return suggestion.ticketKey();
    }
}
