package io.promisekeeper.core.promise;

/** Base of every refusal by the promise domain; adapters map each subtype to one HTTP status. */
public abstract sealed class PromiseRuleViolation extends RuntimeException
        permits InvalidPromise, IllegalPromiseTransition, VersionConflict, UnknownPromise, UnknownSuggestion,
        SuggestionDecided {

    protected PromiseRuleViolation(String message) {
        super(message);
    }
}
