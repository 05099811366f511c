package io.promisekeeper.core.settings;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;
import java.util.List;

/** Settings or templates an administrator cannot save, with every problem, each naming its field path. */
public final class InvalidSettings extends Refused {
    private static final long serialVersionUID = 1L;

    public InvalidSettings(List<FieldError> errors) {
        super(Kind.INVALID, listed("invalid settings", errors), errors);
    }
}
