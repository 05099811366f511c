package io.promisekeeper.core.promise;

import java.util.Locale;

/** The suggestion was accepted or dismissed already (perhaps by another agent a moment ago); a conflict, not bad input. */
public final class SuggestionDecided extends PromiseRuleViolation {
    public SuggestionDecided(long suggestionId, SuggestionStatus status) {
        super(Kind.CONFLICT, status == null
                ? FieldError.of("status", "This suggestion was already decided.", "suggestionDecided")
                : FieldError.of("status", "This suggestion was already " + status.name().toLowerCase(Locale.ROOT) + ".",
                        "suggestionDecided." + status.name()));
    }
}
