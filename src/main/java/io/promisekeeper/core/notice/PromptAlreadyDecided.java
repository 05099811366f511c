package io.promisekeeper.core.notice;

/** The prompt was sent or dismissed already, by this agent a moment ago or by another one. */
public final class PromptAlreadyDecided extends RuntimeException {
    public PromptAlreadyDecided(long id, PromptState state) {
        super("This prompt was already " + (state == PromptState.SENT ? "sent" : "dismissed") + ".");
    }
}
