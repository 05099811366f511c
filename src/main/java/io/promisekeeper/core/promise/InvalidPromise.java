package io.promisekeeper.core.promise;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot make a valid promise; carries every field error found, not just the first. */
public final class InvalidPromise extends PromiseRuleViolation {

    public InvalidPromise(List<FieldError> errors) {
        super(Kind.INVALID, "invalid promise: " + errors.stream().map(FieldError::toString)
                .collect(Collectors.joining("; ")), nonEmpty(errors));
    }

    /** Throws when {@code errors} is not empty. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidPromise(errors);
        }
    }

    private static List<FieldError> nonEmpty(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidPromise needs at least one field error");
        }
        return errors;
    }
}
