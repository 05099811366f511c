package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;

/** The text an agent wants to send is refused; {@link #field()} names the input it came from. */
public final class InvalidNoticeText extends Refused {
    private static final long serialVersionUID = 1L;

    public InvalidNoticeText(FieldError error) {
        super(Kind.INVALID, error);
    }

    public String field() {
        return error().field();
    }
}
