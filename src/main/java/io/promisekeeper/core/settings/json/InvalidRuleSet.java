package io.promisekeeper.core.settings.json;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;
import java.util.List;

/** Rule JSON that cannot be imported, with every error found, each naming its JSON path (in document order). */
public final class InvalidRuleSet extends Refused {
    private static final long serialVersionUID = 1L;

    public InvalidRuleSet(List<FieldError> errors) {
        super(Kind.INVALID, listed("invalid rules", errors), errors);
    }
}
