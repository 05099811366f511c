package io.promisekeeper.core.rules;

import java.time.Duration;

/**
 * What makes a rule fire. Promise triggers fire once per matching promise; ticket triggers fire once per ticket
 * (or per SLA goal).
 */
public sealed interface Trigger {

    /** Whether this trigger looks at promises (one firing per promise) rather than at the ticket. */
    default boolean isAboutPromises() {
        return this instanceof PromiseAtRisk || this instanceof PromiseDueWithin || this instanceof PromiseBroken;
    }

    /** An open promise whose forecast lateness probability is at least {@code threshold} (0–1). */
    record PromiseAtRisk(double threshold) implements Trigger {
        public PromiseAtRisk {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
            }
        }
    }

    /** An open promise due within {@code within} from now (and not yet past due). */
    record PromiseDueWithin(Duration within) implements Trigger {
        public PromiseDueWithin {
            Rule.requirePositive(within, "within");
        }
    }

    /** A promise that has been broken. */
    record PromiseBroken() implements Trigger {
    }

    /** A running JSM SLA goal with less than {@code remainingBelow} left and not yet breached. */
    record SlaGoalAtRisk(Duration remainingBelow) implements Trigger {
        public SlaGoalAtRisk {
            Rule.requirePositive(remainingBelow, "remainingBelow");
        }
    }

    /** The ticket has waited on the team longer than {@code longerThan} working time of its calendar. */
    record WaitingOnTeam(Duration longerThan) implements Trigger {
        public WaitingOnTeam {
            Rule.requirePositive(longerThan, "longerThan");
        }
    }

    /** The ticket was reopened after being resolved. */
    record TicketReopened() implements Trigger {
    }

    /** The customer wrote at least {@code comments} times since the team last answered. */
    record CustomerUnanswered(int comments) implements Trigger {
        /** Fewer than two is just "the customer wrote", which every ticket has. */
        public static final int MIN_COMMENTS = 2;

        public CustomerUnanswered {
            if (comments < MIN_COMMENTS) {
                throw new IllegalArgumentException("comments must be at least " + MIN_COMMENTS + ": " + comments);
            }
        }
    }

    /** The name of this trigger kind as admins and JSON see it. */
    default String type() {
        // Java 17 has no pattern switch; the sealed permits list keeps this chain complete in review.
        if (this instanceof PromiseAtRisk) {
            return "promiseAtRisk";
        } else if (this instanceof PromiseDueWithin) {
            return "promiseDueWithin";
        } else if (this instanceof PromiseBroken) {
            return "promiseBroken";
        } else if (this instanceof SlaGoalAtRisk) {
            return "slaGoalAtRisk";
        } else if (this instanceof WaitingOnTeam) {
            return "waitingOnTeam";
        } else if (this instanceof TicketReopened) {
            return "ticketReopened";
        }
        return "customerUnanswered";
    }
}
