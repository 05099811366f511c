package io.promisekeeper.core.promise;

import java.time.Instant;

/** The agent's corrections when accepting a suggested promise; a null component keeps the suggested value. */
public record SuggestionEdit(String text, PromiseKind kind, Instant due, Channel channel) {

    /** Accept as suggested. */
    public static SuggestionEdit none() {
        return new SuggestionEdit(null, null, null, null);
    }
}
