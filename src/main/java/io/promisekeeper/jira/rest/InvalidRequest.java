package io.promisekeeper.jira.rest;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/** Query parameters that do not read (a period, a project filter); a 400 naming each one. */
final class InvalidRequest extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    InvalidRequest(List<FieldError> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
