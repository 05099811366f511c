package io.promisekeeper.core.delight;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/** No suggestion with this id. */
public final class UnknownDelightAction extends RuntimeException implements Refusal {
    private final long id;

    public UnknownDelightAction(long id) {
        super("no delight suggestion " + id);
        this.id = id;
    }

    @Override
    public Kind kind() {
        return Kind.UNKNOWN;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(FieldError.of(WHOLE_REQUEST, getMessage(), "unknownGestureSuggestion", id));
    }
}
