package io.promisekeeper.core.notice;

/**
 * Posting the agent's notice failed: the customer may or may not have been told. The prompt stays decided (no
 * second click can send it again) and the journal says LOST, so the panel asks the agent to check the comments.
 */
public final class NoticeNotDelivered extends RuntimeException {
    public NoticeNotDelivered(Throwable cause) {
        super("Posting the notice failed: the customer may or may not have been told. Check the ticket's comments"
                + " before writing to them yourself.", cause);
    }
}
