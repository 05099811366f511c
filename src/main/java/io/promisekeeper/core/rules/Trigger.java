package io.promisekeeper.core.rules;

import static io.promisekeeper.core.rules.TriggerParameter.count;
import static io.promisekeeper.core.rules.TriggerParameter.duration;
import static io.promisekeeper.core.rules.TriggerParameter.probability;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What makes a rule fire. Each kind is declared once, here: its record (the settings, checked), its
 * {@link TriggerKind} (name, settings with their limits, message keys) and when it fires and why. Promise triggers
 * fire once per matching promise; ticket triggers once per ticket (or per SLA goal). {@link Triggers} lists them.
 */
public sealed interface Trigger {

    /** The declaration of this trigger's kind. */
    TriggerKind kind();

    /** The name of this trigger kind as admins and JSON see it. */
    default String type() {
        return kind().type();
    }

    /** Whether this trigger looks at promises (one firing per promise) rather than at the ticket. */
    default boolean isAboutPromises() {
        return kind().aboutPromises();
    }

    /** The settings of this trigger by name, in the order of its declaration. */
    default Map<String, Object> values() {
        return Map.of();
    }

    /** Why this trigger fires on promise {@code p} now, or empty when it does not (promise triggers). */
    default Optional<MessageKey> firesOn(Promise p, Optional<Risk> risk, Instant now) {
        return Optional.empty();
    }

    /** The subject a firing on promise {@code p} counts its notice episode under. */
    default String subjectOf(Promise p) {
        return RuleFiring.promiseSubject(p);
    }

    /** Each subject this trigger fires on in {@code ticket} now, with why (ticket triggers). */
    default List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
        return List.of();
    }

    /** A ticket trigger firing: its subject ({@link RuleFiring#ticketSubject}) and why, as a message. */
    record TicketHit(String subject, MessageKey reason) {
    }

    /** An open promise whose forecast lateness probability is at least {@code threshold} (0–1). */
    record PromiseAtRisk(double threshold) implements Trigger {
        public static final TriggerKind KIND = TriggerKind.aboutPromises("promiseAtRisk",
                List.of(probability("threshold")), v -> new PromiseAtRisk((Double) v.get("threshold")));

        public PromiseAtRisk {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
            }
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("threshold", threshold);
        }

        @Override
        public Optional<MessageKey> firesOn(Promise p, Optional<Risk> risk, Instant now) {
            if (risk.isEmpty() || risk.get().lateProbability() < threshold) {
                return Optional.empty();
            }
            return Optional.of(MessageKey.of("reason.promise.atRisk", shortText(p), p.due(),
                    Math.round(risk.get().lateProbability() * 100), risk.get().expectedCompletion()));
        }
    }

    /** An open promise due within {@code within} from now (and not yet past due). */
    record PromiseDueWithin(Duration within) implements Trigger {
        public static final TriggerKind KIND = TriggerKind.aboutPromises("promiseDueWithin",
                List.of(duration("within")), v -> new PromiseDueWithin((Duration) v.get("within")));

        public PromiseDueWithin {
            Rule.requirePositive(within, "within");
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("within", within);
        }

        @Override
        public Optional<MessageKey> firesOn(Promise p, Optional<Risk> risk, Instant now) {
            Duration left = Duration.between(now, p.due());
            if (p.isOpen() && left.compareTo(Duration.ZERO) > 0 && left.compareTo(within) <= 0) {
                return Optional.of(MessageKey.of("reason.promise.dueWithin", shortText(p), p.due(), within));
            }
            return Optional.empty();
        }
    }

    /** A promise that has been broken. */
    record PromiseBroken() implements Trigger {
        public static final TriggerKind KIND = TriggerKind.aboutPromises("promiseBroken", List.of(),
                v -> new PromiseBroken());

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Optional<MessageKey> firesOn(Promise p, Optional<Risk> risk, Instant now) {
            return p.status() == PromiseStatus.BROKEN
                    ? Optional.of(MessageKey.of("reason.promise.broken", shortText(p), p.due()))
                    : Optional.empty();
        }

        /** Settling ends the promise's risk episode; the apology is a notice of its own. */
        @Override
        public String subjectOf(Promise p) {
            return RuleFiring.brokenPromiseSubject(p);
        }
    }

    /** A running JSM SLA goal with less than {@code remainingBelow} left and not yet breached. */
    record SlaGoalAtRisk(Duration remainingBelow) implements Trigger {
        public static final TriggerKind KIND = TriggerKind.aboutTickets("slaGoalAtRisk",
                List.of(duration("remainingBelow")), List.of(), v -> new SlaGoalAtRisk((Duration) v.get("remainingBelow")));

        public SlaGoalAtRisk {
            Rule.requirePositive(remainingBelow, "remainingBelow");
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("remainingBelow", remainingBelow);
        }

        @Override
        public List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
            List<TicketHit> hits = new ArrayList<>();
            for (SlaGoal goal : ticket.slaGoals()) {
                if (goal.isRunning() && goal.remaining().compareTo(remainingBelow) < 0) {
                    hits.add(new TicketHit(RuleFiring.slaSubject(ticket.ticketKey(), goal.name()),
                            MessageKey.of("reason.sla.atRisk", goal.name(), goal.remaining(), remainingBelow)));
                }
            }
            return hits;
        }
    }

    /** The ticket has waited on the team longer than {@code longerThan} working time of its calendar. */
    record WaitingOnTeam(Duration longerThan) implements Trigger {
        public static final TriggerKind KIND = TriggerKind.aboutTickets("waitingOnTeam",
                List.of(duration("longerThan")), List.of("waiting"), v -> new WaitingOnTeam((Duration) v.get("longerThan")));

        public WaitingOnTeam {
            Rule.requirePositive(longerThan, "longerThan");
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("longerThan", longerThan);
        }

        @Override
        public List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
            Instant since = ticket.waitingOnTeamSince();
            Duration waited = workingTimeBeyond(ticket, since, now, longerThan);
            return waited == null ? List.of() : List.of(new TicketHit(RuleFiring.ticketSubject(ticket.ticketKey(),
                    "waiting"), MessageKey.of("reason.waiting", waited, since, longerThan)));
        }
    }

    /** The ticket was reopened after being resolved, at least {@code times} times (1: any reopen). */
    record TicketReopened(int times) implements Trigger {
        /** More reopens than this is not a threshold anyone means. */
        public static final int MAX_TIMES = 50;
        public static final TriggerKind KIND = TriggerKind.aboutTickets("ticketReopened",
                List.of(count("times", 1, MAX_TIMES).orElse(1)), List.of("reopened"),
                v -> new TicketReopened((Integer) v.get("times")));

        public TicketReopened {
            if (times < 1 || times > MAX_TIMES) {
                throw new IllegalArgumentException("times must be between 1 and " + MAX_TIMES + ": " + times);
            }
        }

        /** Any reopen. */
        public TicketReopened() {
            this(1);
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("times", times);
        }

        @Override
        public List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
            int reopens = ticket.reopenCount();
            if (reopens < times) {
                return List.of();
            }
            String condition = times == 1 ? "reopened" : "reopened-" + times;
            return List.of(new TicketHit(RuleFiring.ticketSubject(ticket.ticketKey(), condition),
                    reopens == 1 ? MessageKey.of("reason.reopened") : MessageKey.of("reason.reopened.times", reopens)));
        }
    }

    /** The ticket is the first its customer ever raised. */
    record CustomerFirstTicket() implements Trigger {
        public static final TriggerKind KIND = TriggerKind.aboutTickets("customerFirstTicket", List.of(),
                List.of("first-ticket"), v -> new CustomerFirstTicket());

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
            return ticket.history().earlierTicketsOfCustomer() == 0
                    ? List.of(new TicketHit(RuleFiring.ticketSubject(ticket.ticketKey(), "first-ticket"),
                            MessageKey.of("reason.firstTicket")))
                    : List.of();
        }
    }

    /** A hard ticket: at least {@code updates} changes and comments so far. */
    record HardTicket(int updates) implements Trigger {
        /** Fewer than this is every ticket. */
        public static final int MIN_UPDATES = 2;
        /** More than this is a typo. */
        public static final int MAX_UPDATES = 10_000;
        public static final TriggerKind KIND = TriggerKind.aboutTickets("hardTicket",
                List.of(count("updates", MIN_UPDATES, MAX_UPDATES)), List.of("hard"),
                v -> new HardTicket((Integer) v.get("updates")));

        public HardTicket {
            if (updates < MIN_UPDATES || updates > MAX_UPDATES) {
                throw new IllegalArgumentException("updates must be between " + MIN_UPDATES + " and " + MAX_UPDATES
                        + ": " + updates);
            }
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("updates", updates);
        }

        @Override
        public List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
            int seen = ticket.history().updates();
            return seen >= updates
                    ? List.of(new TicketHit(RuleFiring.ticketSubject(ticket.ticketKey(), "hard"),
                            MessageKey.of("reason.hardTicket", seen)))
                    : List.of();
        }
    }

    /**
     * The ticket was resolved at least {@code after} ago (calendar time), and not more than {@link #WINDOW} after
     * that: a follow-up belongs near its moment, and a new rule must not sweep up every ticket ever resolved.
     */
    record AfterResolution(Duration after) implements Trigger {
        /** How long after {@code after} the follow-up still fires. */
        public static final Duration WINDOW = Duration.ofDays(14);
        public static final TriggerKind KIND = TriggerKind.aboutTickets("afterResolution",
                List.of(duration("after")), List.of("resolved"), v -> new AfterResolution((Duration) v.get("after")));

        public AfterResolution {
            Rule.requirePositive(after, "after");
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("after", after);
        }

        @Override
        public List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
            Instant resolved = ticket.history().resolvedAt();
            if (resolved == null) {
                return List.of();
            }
            Duration since = Duration.between(resolved, now);
            return since.compareTo(after) >= 0 && since.compareTo(after.plus(WINDOW)) <= 0
                    ? List.of(new TicketHit(RuleFiring.ticketSubject(ticket.ticketKey(), "resolved"),
                            MessageKey.of("reason.afterResolution", since.toDays(), resolved)))
                    : List.of();
        }
    }

    /** The customer wrote at least {@code comments} times since the team last answered. */
    record CustomerUnanswered(int comments) implements Trigger {
        /** Fewer than two is just "the customer wrote", which every ticket has. */
        public static final int MIN_COMMENTS = 2;
        /** More than this is a typo. */
        public static final int MAX_COMMENTS = 100;
        public static final TriggerKind KIND = TriggerKind.aboutTickets("customerUnanswered",
                List.of(count("comments", MIN_COMMENTS, MAX_COMMENTS)), List.of("unanswered"),
                v -> new CustomerUnanswered((Integer) v.get("comments")));

        public CustomerUnanswered {
            if (comments < MIN_COMMENTS) {
                throw new IllegalArgumentException("comments must be at least " + MIN_COMMENTS + ": " + comments);
            }
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("comments", comments);
        }

        @Override
        public List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
            int unanswered = ticket.customerCommentsUnanswered();
            return unanswered >= comments
                    ? List.of(new TicketHit(RuleFiring.ticketSubject(ticket.ticketKey(), "unanswered"),
                            MessageKey.of("reason.unanswered", unanswered)))
                    : List.of();
        }
    }

    /**
     * The customer's last comment has waited longer than {@code longerThan} of working time (the ticket's calendar)
     * for an agent's public reply. Unlike {@link WaitingOnTeam} it looks at the conversation, not the status.
     */
    record CustomerAwaitingReply(Duration longerThan) implements Trigger {
        public static final TriggerKind KIND = TriggerKind.aboutTickets("customerAwaitingReply",
                List.of(duration("longerThan")), List.of("awaiting-reply"),
                v -> new CustomerAwaitingReply((Duration) v.get("longerThan")));

        public CustomerAwaitingReply {
            Rule.requirePositive(longerThan, "longerThan");
        }

        @Override
        public TriggerKind kind() {
            return KIND;
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("longerThan", longerThan);
        }

        @Override
        public List<TicketHit> firesOn(TicketSnapshot ticket, Instant now) {
            Instant asked = ticket.lastCustomerCommentAt();
            Instant answered = ticket.lastAgentReplyAt();
            if (answered != null && asked != null && !answered.isBefore(asked)) {
                return List.of();
            }
            Duration waited = workingTimeBeyond(ticket, asked, now, longerThan);
            return waited == null ? List.of() : List.of(new TicketHit(RuleFiring.ticketSubject(ticket.ticketKey(),
                    "awaiting-reply"), MessageKey.of("reason.awaitingReply", waited, asked, longerThan)));
        }
    }

    /** The working time (the ticket's calendar) from {@code since} to {@code now} if longer than {@code limit}, else null. */
    private static Duration workingTimeBeyond(TicketSnapshot ticket, Instant since, Instant now, Duration limit) {
        if (since == null || !since.isBefore(now)) {
            return null;
        }
        Duration waited = ticket.calendar().workingTimeBetween(since, now);
        return waited.compareTo(limit) > 0 ? waited : null;
    }

    private static String shortText(Promise p) {
        String t = p.text();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
