package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/**
 * Posting the agent's notice failed: the customer may or may not have been told. The prompt stays decided (no
 * second click can send it again) and the journal says LOST, so the panel asks the agent to check the comments.
 */
public final class NoticeNotDelivered extends RuntimeException implements Refusal {
    public NoticeNotDelivered(Throwable cause) {
        super("Posting the notice failed: the customer may or may not have been told. Check the ticket's comments"
                + " before writing to them yourself.", cause);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_DELIVERED;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(FieldError.of(WHOLE_REQUEST, getMessage(), "noticeNotDelivered"));
    }
}
