package io.promisekeeper.core.delight;

import java.util.Objects;

/**
 * The unique keys a new suggestion takes in the store. Whoever inserts a key first wins; every other node's insert
 * fails, so "never twice" and the monthly limits hold across nodes without a lock.
 *
 * @param subjectKey subject, episode and gesture: one suggestion of a gesture per subject episode, ever
 * @param customerSlot customer, month and the number of suggestions the customer already had that month plus one:
 *     two nodes that counted the same suggestions compete for the same slot and one loses
 * @param projectSlot the same for the project's gestures that cost money; null for free gestures, which use no budget
 */
public record DelightClaim(String subjectKey, String customerSlot, String projectSlot) {
    public DelightClaim {
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(customerSlot, "customerSlot");
    }
}
