package io.promisekeeper.core.notice;

import io.promisekeeper.core.rules.RuleMode;
import java.time.Instant;
import java.util.Objects;

/**
 * A notice to a customer, rendered in their language as JSM comment markup.
 *
 * @param promiseId the promise it is about; null for SLA goal and ticket triggers
 * @param mode {@link RuleMode#APPROVAL}: a draft the agent confirms or edits; {@link RuleMode#AUTOMATIC}: goes out
 *     by itself
 * @param sendAt when it may go out: now for notices to send or draft, the end of quiet hours or of the contact
 *     cap for held ones
 * @param reason why the rule fired, in words, for the agent prompt and the ticket log
 */
public record DelayNotice(Long promiseId, String ticketKey, String customer, EpisodeKey episode, String language,
                          String body, String ruleId, String templateId, RuleMode mode, Instant sendAt,
                          String reason) {
    public DelayNotice {
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sendAt, "sendAt");
        Objects.requireNonNull(reason, "reason");
    }
}
