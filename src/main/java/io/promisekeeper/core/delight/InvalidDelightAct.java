package io.promisekeeper.core.delight;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** An agent's act on a suggestion that is not possible now, naming the field at fault; nothing changed. */
public final class InvalidDelightAct extends RuntimeException implements Refusal {
    private final transient List<FieldError> errors;

    public InvalidDelightAct(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidDelightAct needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** One problem with one field. */
    public static InvalidDelightAct of(FieldError error) {
        return new InvalidDelightAct(List.of(error));
    }

    /** The problems. */
    @Override
    public List<FieldError> errors() {
        return errors;
    }

    /** Acting on a suggestion that is no longer open is a conflict; anything else is bad input. */
    @Override
    public Kind kind() {
        return errors.stream().anyMatch(e -> e.field().equals("state")) ? Kind.CONFLICT : Kind.INVALID;
    }
}
