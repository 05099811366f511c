package io.promisekeeper.core.promise;

/** No suggested promise with the given id. */
public final class UnknownSuggestion extends PromiseRuleViolation {
    private final long suggestionId;

    public UnknownSuggestion(long suggestionId) {
        super("no suggested promise " + suggestionId);
        this.suggestionId = suggestionId;
    }

    public long suggestionId() {
        return suggestionId;
    }
}
