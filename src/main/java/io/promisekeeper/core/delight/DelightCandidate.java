package io.promisekeeper.core.delight;

import java.util.Objects;

/**
 * A gesture a rule asks for on a ticket, before the limits are checked and it is stored.
 *
 * @param customer whom the limits count it against (the ticket stands in when the customer is unknown)
 * @param projectKey the key of the ticket's service project: the budget counts per project
 * @param subject the firing's subject with its episode, e.g. {@code ticket:SD-1:waiting#2}
 */
public record DelightCandidate(String ticketKey, String customer, String projectKey, String gestureId, String ruleId,
                               String subject, String reason) {
    public DelightCandidate {
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(gestureId, "gestureId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    /** The key that makes this gesture on this subject episode unique. */
    public String subjectKey() {
        return subject + "|" + gestureId;
    }
}
