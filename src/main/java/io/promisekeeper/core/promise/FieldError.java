package io.promisekeeper.core.promise;

import java.util.Objects;

/** A validation failure tied to one input field, e.g. {@code text: must not be blank}. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
