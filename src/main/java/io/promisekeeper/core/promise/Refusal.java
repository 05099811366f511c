package io.promisekeeper.core.promise;

import java.util.List;

/**
 * A request the app turns down, told the same way by every adapter: what kind of refusal it is, and why, one
 * error per field, each with a message key so the caller reads it in their language.
 */
public interface Refusal {
    /** The field of an error about the request as a whole rather than one of its fields. */
    String WHOLE_REQUEST = "";

    /** What kind of refusal: the adapters give each kind one answer (an HTTP status, say). */
    enum Kind {
        /** The input is wrong; nothing changed. */
        INVALID,
        /** Nobody is logged in. */
        NOT_LOGGED_IN,
        /** The caller may not do this. */
        FORBIDDEN,
        /** No such thing, or none the caller may see. */
        UNKNOWN,
        /** Someone changed it since the caller read it, or it is decided already. */
        CONFLICT,
        /** Handing it on to the host failed after the decision was taken. */
        NOT_DELIVERED
    }

    /** The kind of refusal. */
    Kind kind();

    /** Why, each error naming its field ({@link #WHOLE_REQUEST} for the request as a whole). */
    List<FieldError> errors();
}
