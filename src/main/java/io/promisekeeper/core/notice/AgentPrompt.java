package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Objects;

/**
 * A drafted notice waiting for an agent on the ticket, at most one per risk episode.
 *
 * @param note what the agent should know first, e.g. "we may or may not have told the customer: check the
 *     ticket's comments, then send or dismiss"
 */
public record AgentPrompt(DelayNotice notice, PromptReason reason, String note, Instant createdAt) {
    public AgentPrompt {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
