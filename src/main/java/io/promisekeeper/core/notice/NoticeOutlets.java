package io.promisekeeper.core.notice;

import java.util.Objects;

/** Where the outcome of a round goes: to the customer, to the agent, to the team. */
public record NoticeOutlets(NoticeSender sender, AgentPrompts prompts, TeamTasks teamTasks) {
    public NoticeOutlets {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(teamTasks, "teamTasks");
    }
}
