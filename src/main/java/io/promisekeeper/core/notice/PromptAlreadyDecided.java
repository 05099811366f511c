package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refused;

/** The prompt was sent or dismissed already, by this agent a moment ago or by another one. */
public final class PromptAlreadyDecided extends Refused {
    private static final long serialVersionUID = 1L;

    public PromptAlreadyDecided(long id, PromptState state) {
        super(Kind.CONFLICT, FieldError.of("state", "This prompt was already "
                + (state == PromptState.SENT ? "sent" : "dismissed") + ".",
                state == PromptState.SENT ? "promptSent" : "promptDismissed"));
    }
}
