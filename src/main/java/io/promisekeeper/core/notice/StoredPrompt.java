package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent prompt as stored, with the agent's decision once made.
 *
 * @param decidedAt null while {@code state} is PENDING
 * @param decidedBy the agent's user key; null while PENDING
 */
public record StoredPrompt(long id, AgentPrompt prompt, PromptState state, Instant decidedAt, String decidedBy) {
    public StoredPrompt {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(state, "state");
    }
}
