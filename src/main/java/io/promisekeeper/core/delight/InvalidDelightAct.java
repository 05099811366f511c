package io.promisekeeper.core.delight;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;
import java.util.List;

/** An agent's act on a suggestion that is not possible now, naming the field at fault; nothing changed. */
public final class InvalidDelightAct extends Refused {
    private static final long serialVersionUID = 1L;

    public InvalidDelightAct(List<FieldError> errors) {
        super(kindOf(errors), listed("invalid act", errors), errors);
    }

    /** One problem with one field. */
    public static InvalidDelightAct of(FieldError error) {
        return new InvalidDelightAct(List.of(error));
    }

    // Acting on a suggestion that is no longer open is a conflict; anything else is bad input.
    private static Kind kindOf(List<FieldError> errors) {
        return errors.stream().anyMatch(e -> e.field().equals("state")) ? Kind.CONFLICT : Kind.INVALID;
    }
}
