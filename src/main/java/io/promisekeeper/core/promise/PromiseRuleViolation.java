package io.promisekeeper.core.promise;

import java.util.List;

/** Base of every refusal by the promise domain; adapters map each subtype to one HTTP status. */
public abstract sealed class PromiseRuleViolation extends Refused
        permits InvalidPromise, IllegalPromiseTransition, VersionConflict, UnknownPromise, UnknownSuggestion,
        SuggestionDecided {
    private static final long serialVersionUID = 1L;

    /** A refusal with one error; its English is the exception's message. */
    protected PromiseRuleViolation(Kind kind, FieldError error) {
        super(kind, error);
    }

    protected PromiseRuleViolation(Kind kind, String message, List<FieldError> errors) {
        super(kind, message, errors);
    }
}
