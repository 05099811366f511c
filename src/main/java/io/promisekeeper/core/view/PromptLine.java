package io.promisekeeper.core.view;

import io.promisekeeper.core.notice.StoredPrompt;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.rules.Risk;
import java.util.Objects;
import java.util.Optional;

/**
 * One drafted notice waiting for the agent, with what it is about as of now.
 *
 * @param promise the promise it is about, while that promise is still on the ticket
 * @param risk the promise's risk as forecast now, while it is open; a prompt outlives the risk that raised it
 * @param draftText the draft as the agent edits it: plain text, without the markup escapes
 */
public record PromptLine(StoredPrompt prompt, Optional<Promise> promise, Optional<Risk> risk, String draftText) {
    public PromptLine {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(draftText, "draftText");
    }

    /** Whether the agent can still renegotiate the promise instead of (or as well as) telling the customer. */
    public boolean canRenegotiate() {
        return promise.isPresent() && promise.get().isOpen();
    }
}
