package io.promisekeeper.core.promise;

import java.util.Locale;

/** The suggestion was accepted or dismissed already (perhaps by another agent a moment ago); a conflict, not bad input. */
public final class SuggestionDecided extends PromiseRuleViolation {
    public SuggestionDecided(long suggestionId, SuggestionStatus status) {
        super(status == null ? "This suggestion was already decided."
                : "This suggestion was already " + status.name().toLowerCase(Locale.ROOT) + ".");
    }
}
