package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/** The text an agent wants to send is refused; {@link #field()} names the input it came from. */
public final class InvalidNoticeText extends RuntimeException implements Refusal {
    private final transient FieldError error;

    public InvalidNoticeText(FieldError error) {
        super(error.message());
        this.error = error;
    }

    public String field() {
        return error.field();
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(error);
    }
}
