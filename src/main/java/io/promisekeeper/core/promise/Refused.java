package io.promisekeeper.core.promise;

import java.util.List;

/** A refusal with a single error, the usual case: each subclass says only its kind and its words. */
public abstract class Refused extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private final transient FieldError error;

    protected Refused(Kind kind, FieldError error) {
        this(kind, error, null);
    }

    protected Refused(Kind kind, FieldError error, Throwable cause) {
        super(error.message(), cause);
        this.kind = kind;
        this.error = error;
    }

    @Override
    public final Kind kind() {
        return kind;
    }

    @Override
    public final List<FieldError> errors() {
        return List.of(error);
    }

    /** The one error. */
    public final FieldError error() {
        return error;
    }
}
