package io.promisekeeper.core.delight;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/** Someone acted on the suggestion since it was read (another agent, another tab); nothing changed. */
public final class DelightConflict extends RuntimeException implements Refusal {
    private final long id;
    private final long expectedVersion;

    public DelightConflict(long id, long expectedVersion) {
        super("suggestion " + id + " was changed by someone else since version " + expectedVersion
                + "; reload and try again");
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(FieldError.of("version", getMessage(), "gestureSuggestionChanged", id, expectedVersion));
    }
}
