package io.promisekeeper.core.promise;

import java.util.List;

/** Base of every refusal by the promise domain; adapters map each subtype to one HTTP status. */
public abstract sealed class PromiseRuleViolation extends RuntimeException implements Refusal
        permits InvalidPromise, IllegalPromiseTransition, VersionConflict, UnknownPromise, UnknownSuggestion,
        SuggestionDecided {
    private final Kind kind;
    private final transient List<FieldError> errors;

    /** A refusal with one error; its English is the exception's message. */
    protected PromiseRuleViolation(Kind kind, FieldError error) {
        this(kind, error.message(), List.of(error));
    }

    protected PromiseRuleViolation(Kind kind, String message, List<FieldError> errors) {
        super(message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
