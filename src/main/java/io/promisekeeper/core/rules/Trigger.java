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

    /** The ticket was reopened after being resolved, at least {@code times} times (1: any reopen). */
    record TicketReopened(int times) implements Trigger {
        /** More reopens than this is not a threshold anyone means. */
        public static final int MAX_TIMES = 50;

        public TicketReopened {
            if (times < 1 || times > MAX_TIMES) {
                throw new IllegalArgumentException("times must be between 1 and " + MAX_TIMES + ": " + times);
            }
        }

        /** Any reopen. */
        public TicketReopened() {
            this(1);
        }
    }

    /** The ticket is the first its customer ever raised. */
    record CustomerFirstTicket() implements Trigger {
    }

    /** A hard ticket: at least {@code updates} changes and comments so far. */
    record HardTicket(int updates) implements Trigger {
        /** Fewer than this is every ticket. */
        public static final int MIN_UPDATES = 2;
        /** More than this is a typo. */
        public static final int MAX_UPDATES = 10_000;

        public HardTicket {
            if (updates < MIN_UPDATES || updates > MAX_UPDATES) {
                throw new IllegalArgumentException("updates must be between " + MIN_UPDATES + " and " + MAX_UPDATES
                        + ": " + updates);
            }
        }
    }

    /**
     * The ticket was resolved at least {@code after} ago (calendar time), and not more than {@link #WINDOW} after
     * that: a follow-up belongs near its moment, and a new rule must not sweep up every ticket ever resolved.
     */
    record AfterResolution(Duration after) implements Trigger {
        /** How long after {@code after} the follow-up still fires. */
        public static final Duration WINDOW = Duration.ofDays(14);

        public AfterResolution {
            Rule.requirePositive(after, "after");
        }
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
        } else if (this instanceof CustomerFirstTicket) {
            return "customerFirstTicket";
        } else if (this instanceof HardTicket) {
            return "hardTicket";
        } else if (this instanceof AfterResolution) {
            return "afterResolution";
        }
        return "customerUnanswered";
    }
}
