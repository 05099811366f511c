package io.promisekeeper.core.notice;

import java.util.Objects;

/** A notice a rule asked for that will not go out, and why; shown to agents and in the dry run. */
public record DroppedNotice(String ticketKey, String ruleId, String subject, String reason) {
    public DroppedNotice {
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }
}
