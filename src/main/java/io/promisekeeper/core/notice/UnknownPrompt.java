package io.promisekeeper.core.notice;

/** There is no agent prompt with the given id. */
public final class UnknownPrompt extends RuntimeException {
    public UnknownPrompt(long id) {
        super("There is no prompt " + id + ".");
    }
}
