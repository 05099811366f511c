package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;

/**
 * Posting the agent's notice failed: the customer may or may not have been told. The prompt stays decided (no
 * second click can send it again) and the journal says LOST, so the panel asks the agent to check the comments.
 */
public final class NoticeNotDelivered extends Refused {
    private static final long serialVersionUID = 1L;

    public NoticeNotDelivered(Throwable cause) {
        super(Kind.NOT_DELIVERED, FieldError.of(WHOLE_REQUEST, "Posting the notice failed: the customer may or may not"
                + " have been told. Check the ticket's comments before writing to them yourself.", "noticeNotDelivered"),
                cause);
    }
}
