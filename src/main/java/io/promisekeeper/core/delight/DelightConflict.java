package io.promisekeeper.core.delight;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;

/** Someone acted on the suggestion since it was read (another agent, another tab); nothing changed. */
public final class DelightConflict extends Refused {
    private static final long serialVersionUID = 1L;

    public DelightConflict(long id, long expectedVersion) {
        super(Kind.CONFLICT, FieldError.of("version", "suggestion " + id + " was changed by someone else since version "
                + expectedVersion + "; reload and try again", "gestureSuggestionChanged", id, expectedVersion));
    }
}
