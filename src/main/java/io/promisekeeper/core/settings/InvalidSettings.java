package io.promisekeeper.core.settings;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** Settings or templates an administrator cannot save, with every problem, each naming its field path. */
public final class InvalidSettings extends RuntimeException implements Refusal {
    private final transient List<FieldError> errors;

    public InvalidSettings(List<FieldError> errors) {
        super("invalid settings: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidSettings needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** The problems, in document order. */
    @Override
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
