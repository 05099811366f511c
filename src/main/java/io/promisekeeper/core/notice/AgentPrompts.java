package io.promisekeeper.core.notice;

/** Port: where drafted notices wait for an agent (the panel shows them on the ticket). */
@FunctionalInterface
public interface AgentPrompts {

    /**
     * Adds {@code prompt} unless its episode already has one; returns whether it was added. Idempotent per
     * episode, so a retry after a crash never shows the agent the same notice twice.
     */
    boolean add(AgentPrompt prompt);
}
