package io.promisekeeper.core.settings.json;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** Rule JSON that cannot be imported, with every error found, each naming its JSON path. */
public final class InvalidRuleSet extends RuntimeException implements Refusal {
    private final transient List<FieldError> errors;

    public InvalidRuleSet(List<FieldError> errors) {
        super("invalid rules: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidRuleSet needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** The errors, in document order; {@link FieldError#field()} is the JSON path. */
    @Override
    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
