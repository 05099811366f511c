package io.promisekeeper.core.delight;

import io.promisekeeper.core.promise.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** An agent's act on a suggestion that is not possible now, naming the field at fault; nothing changed. */
public final class InvalidDelightAct extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidDelightAct(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidDelightAct needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** One problem with one field. */
    public static InvalidDelightAct of(String field, String message) {
        return new InvalidDelightAct(List.of(new FieldError(field, message)));
    }

    /** The problems. */
    public List<FieldError> errors() {
        return errors;
    }
}
