package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;

/** There is no agent prompt with the given id. */
public final class UnknownPrompt extends Refused {
    private static final long serialVersionUID = 1L;

    public UnknownPrompt(long id) {
        super(Kind.UNKNOWN, FieldError.of(WHOLE_REQUEST, "There is no prompt " + id + ".", "unknownPrompt", id));
    }
}
