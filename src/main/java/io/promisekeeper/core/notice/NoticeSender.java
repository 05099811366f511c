package io.promisekeeper.core.notice;

/** Port: posts a notice where the customer sees it (a JSM public comment, which JSM mails to them). */
@FunctionalInterface
public interface NoticeSender {

    /**
     * Posts {@code notice}. Returning normally means it was posted; an exception means it may or may not have
     * been, so the caller never retries it by itself.
     */
    void send(DelayNotice notice);
}
