package io.promisekeeper.core.promise;

/** No suggested promise with the given id. */
public final class UnknownSuggestion extends PromiseRuleViolation {
    private final long suggestionId;

    public UnknownSuggestion(long suggestionId) {
        super(Kind.UNKNOWN, FieldError.of("id", "no suggested promise " + suggestionId, "unknownSuggestion",
                suggestionId));
        this.suggestionId = suggestionId;
    }

    public long suggestionId() {
        return suggestionId;
    }
}
