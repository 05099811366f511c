package io.promisekeeper.core.notice;

import io.promisekeeper.core.rules.Action;
import java.util.Objects;

/**
 * Something for the team rather than the customer that a rule asked for once in this episode: notify a lead, add
 * an internal comment. {@code text} is wiki markup with every inserted value made literal.
 */
public record TeamTask(String ticketKey, String ruleId, EpisodeKey episode, Action action, String text) {
    public TeamTask {
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(text, "text");
    }
}
