package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/** There is no agent prompt with the given id. */
public final class UnknownPrompt extends RuntimeException implements Refusal {
    private final long id;

    public UnknownPrompt(long id) {
        super("There is no prompt " + id + ".");
        this.id = id;
    }

    @Override
    public Kind kind() {
        return Kind.UNKNOWN;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(FieldError.of(WHOLE_REQUEST, getMessage(), "unknownPrompt", id));
    }
}
