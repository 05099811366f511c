package io.promisekeeper.core.promise;

import java.util.List;
import java.util.stream.Collectors;

/** A refusal as an exception: its kind and its errors, each naming a field; subclasses say only what they refuse. */
public abstract class Refused extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private final transient List<FieldError> errors;

    /** A refusal with one error; its English is the exception's message. */
    protected Refused(Kind kind, FieldError error) {
        this(kind, error, null);
    }

    protected Refused(Kind kind, FieldError error, Throwable cause) {
        this(kind, error.message(), List.of(error), cause);
    }

    /** A refusal with every error found, at least one. */
    protected Refused(Kind kind, String message, List<FieldError> errors) {
        this(kind, message, errors, null);
    }

    private Refused(Kind kind, String message, List<FieldError> errors, Throwable cause) {
        super(message, cause);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one error");
        }
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    /** {@code what} and every error, as one English line for logs. */
    protected static String listed(String what, List<FieldError> errors) {
        return what + ": " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }

    @Override
    public final Kind kind() {
        return kind;
    }

    @Override
    public final List<FieldError> errors() {
        return errors;
    }

    /** The first error (the only one, for most refusals). */
    public final FieldError error() {
        return errors.get(0);
    }
}
