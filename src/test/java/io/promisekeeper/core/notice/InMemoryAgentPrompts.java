package io.promisekeeper.core.notice;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link AgentPrompts} in memory, one per episode, safe for concurrent callers. */
public final class InMemoryAgentPrompts implements AgentPrompts {
    private final Map<String, AgentPrompt> byEpisode = new ConcurrentHashMap<>();

    @Override
    public boolean add(AgentPrompt prompt) {
        return byEpisode.putIfAbsent(prompt.notice().episode().value(), prompt) == null;
    }

    /** Every prompt, in no order. */
    public List<AgentPrompt> all() {
        return List.copyOf(byEpisode.values());
    }
}
