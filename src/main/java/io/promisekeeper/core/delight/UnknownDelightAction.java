package io.promisekeeper.core.delight;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;

/** No suggestion with this id. */
public final class UnknownDelightAction extends Refused {
    private static final long serialVersionUID = 1L;

    public UnknownDelightAction(long id) {
        super(Kind.UNKNOWN, FieldError.of(WHOLE_REQUEST, "no delight suggestion " + id, "unknownGestureSuggestion", id));
    }
}
