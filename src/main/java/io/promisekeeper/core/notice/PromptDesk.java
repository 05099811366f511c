package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the agent prompts as agents see and decide them, shared by all nodes. */
public interface PromptDesk {

    /** The prompt with this id, whatever its state. */
    Optional<StoredPrompt> find(long id);

    /** The ticket's prompts still waiting for an agent, oldest first. */
    List<StoredPrompt> pendingForTicket(String ticketKey);

    /**
     * Records {@code decision} (SENT or DISMISSED) on prompt {@code id} if it is still PENDING, atomically across
     * nodes; returns false when it was not (another agent decided first, or it does not exist).
     */
    boolean decide(long id, PromptState decision, String agent, Instant at);
}
