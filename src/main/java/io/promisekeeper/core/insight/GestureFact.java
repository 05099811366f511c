package io.promisekeeper.core.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One delight gesture suggested on a ticket and what became of it, as insight reads it. Insight's own value, so
 * that the figures do not depend on how the delight store keeps its actions.
 *
 * @param component the ticket's first Jira component, or null when not known
 * @param agent who acted on it (or to whom it was suggested), or null
 * @param dismissReason why it was dismissed; null unless {@link GestureState#DISMISSED}
 * @param cost what the gesture costs when done (zero when free)
 * @param actedAt when it was done or dismissed; null while still suggested
 */
public record GestureFact(String ticketKey, String project, String component, String agent, String gestureId,
                          String gestureName, GestureState state, String dismissReason, BigDecimal cost,
                          Instant suggestedAt, Instant actedAt) {
    public GestureFact {
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(gestureId, "gestureId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(suggestedAt, "suggestedAt");
        gestureName = gestureName == null || gestureName.isBlank() ? gestureId : gestureName;
        cost = cost == null ? BigDecimal.ZERO : cost;
        if (cost.signum() < 0) {
            throw new IllegalArgumentException("cost must not be negative");
        }
        if (state == GestureState.SUGGESTED && actedAt != null) {
            throw new IllegalArgumentException("a gesture still suggested has not been acted on");
        }
    }
}
