package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A template that cannot be used, with every problem, each naming the template and what is wrong. */
public final class InvalidTemplate extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidTemplate(List<FieldError> errors) {
        super("invalid template: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidTemplate needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
