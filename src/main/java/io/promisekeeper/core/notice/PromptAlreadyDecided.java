package io.promisekeeper.core.notice;

import io.promisekeeper.core.promise.FieldError;
import io.promisekeeper.core.promise.Refusal;
import java.util.List;

/** The prompt was sent or dismissed already, by this agent a moment ago or by another one. */
public final class PromptAlreadyDecided extends RuntimeException implements Refusal {
    private final boolean sent;

    public PromptAlreadyDecided(long id, PromptState state) {
        super("This prompt was already " + (state == PromptState.SENT ? "sent" : "dismissed") + ".");
        this.sent = state == PromptState.SENT;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public List<FieldError> errors() {
        return List.of(FieldError.of("state", getMessage(), sent ? "promptSent" : "promptDismissed"));
    }
}
