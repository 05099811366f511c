package io.promisekeeper.jira.access;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/**
 * The caller may not do this: 401 when nobody is logged in, 403 when the user lacks a permission, 404 when the
 * ticket is unknown. The message is English; {@link #errors()} says it as message {@code error.<key>} too.
 */
public final class AccessDenied extends RuntimeException implements Refusal {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient FieldError words;

    public AccessDenied(int status, String english, String key, Object... args) {
        super(english, null, false, false);
        this.status = status;
        this.words = FieldError.of(WHOLE_REQUEST, english, key, args);
    }

    public int status() {
        return status;
    }

    @Override
    public Kind kind() {
        return switch (status) {
            case 401 -> Kind.NOT_LOGGED_IN;
            case 404 -> Kind.UNKNOWN;
            default -> Kind.FORBIDDEN;
        };
    }

    @Override
    public List<FieldError> errors() {
        return List.of(words);
    }
}
