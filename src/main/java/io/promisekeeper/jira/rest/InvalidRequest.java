package io.promisekeeper.jira.rest;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;
import java.util.List;

/** Query parameters that do not read (a period, a project filter); a 400 naming each one. */
final class InvalidRequest extends Refused {
    private static final long serialVersionUID = 1L;

    InvalidRequest(List<FieldError> errors) {
        super(Kind.INVALID, listed("invalid request", errors), errors);
    }
}
