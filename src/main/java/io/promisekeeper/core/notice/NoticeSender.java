package io.promisekeeper.core.notice;

/** Port: posts a notice where the customer sees it (a JSM public comment, which JSM mails to them). */
@FunctionalInterface
public interface NoticeSender {

    /**
     * Posts {@code notice}. Returning normally means it was posted; an exception means it may or may not have
     * been, so the caller never retries it by itself.
     */
    void send(DelayNotice notice);

    /**
     * Posts {@code notice} as {@code agent} (a user key), the agent who confirmed it in the panel; the same contract
     * as {@link #send}. Outlets that post as nobody in particular keep the default, which ignores the agent.
     */
    default void sendAs(DelayNotice notice, String agent) {
        send(notice);
    }
}
