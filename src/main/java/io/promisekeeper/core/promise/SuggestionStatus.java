package io.promisekeeper.core.promise;

/** Whether the agent has acted on a suggested promise yet. */
public enum SuggestionStatus {
    PENDING, ACCEPTED, DISMISSED
}
