package io.promisekeeper.core.rules;

import java.time.Instant;
import java.util.Objects;

/** One rule that would have fired on one ticket: first when, and why in words. */
public record DryRunHit(String ruleId, String ruleName, String ticketKey, Instant firstAt, String reason) {
    public DryRunHit {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(firstAt, "firstAt");
        Objects.requireNonNull(reason, "reason");
    }
}
