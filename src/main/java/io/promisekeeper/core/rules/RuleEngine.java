package io.promisekeeper.core.rules;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which rules fire on one ticket at one moment. Pure: the same ticket, promises, forecast and time give
 * the same firings in the same order (rules in set order, promises by due then id, actions in rule order).
 * Remembering what was already done is the notice planner's job, not this one's.
 */
public final class RuleEngine {
    private final RiskForecast forecast;

    public RuleEngine(RiskForecast forecast) {
        this.forecast = Objects.requireNonNull(forecast, "forecast");
    }

    /** Every firing of the enabled rules on {@code ticket}, whose promises are {@code promises}, at {@code now}. */
    public List<RuleFiring> evaluate(RuleSet rules, TicketSnapshot ticket, List<Promise> promises, Instant now) {
        List<Promise> ordered = new ArrayList<>(promises);
        ordered.sort(Comparator.comparing(Promise::due).thenComparingLong(Promise::id));
        Map<Long, Risk> risks = new HashMap<>();
        List<RuleFiring> firings = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            if (!rule.enabled() || !rule.appliesTo(ticket)) {
                continue;
            }
            if (rule.trigger().isAboutPromises()) {
                for (Promise p : ordered) {
                    if (!p.ticketKey().equals(ticket.ticketKey())) {
                        continue;
                    }
                    Optional<Risk> risk = p.isOpen()
                            ? Optional.of(risks.computeIfAbsent(p.id(), id -> forecast.of(p, now)))
                            : Optional.empty();
                    String subject = rule.trigger() instanceof Trigger.PromiseBroken
                            ? RuleFiring.brokenPromiseSubject(p) : RuleFiring.promiseSubject(p);
                    promiseReason(rule.trigger(), p, risk, now).ifPresent(reason ->
                            fire(firings, rule, ticket, subject, Optional.of(p), risk, reason));
                }
            } else {
                ticketFirings(rule, ticket, now, firings);
            }
        }
        return List.copyOf(firings);
    }

    private static Optional<MessageKey> promiseReason(Trigger trigger, Promise p, Optional<Risk> risk, Instant now) {
        if (trigger instanceof Trigger.PromiseAtRisk atRisk) {
            if (risk.isPresent() && risk.get().lateProbability() >= atRisk.threshold()) {
                return Optional.of(MessageKey.of("reason.promise.atRisk", shortText(p), p.due(),
                        Math.round(risk.get().lateProbability() * 100), risk.get().expectedCompletion()));
            }
        } else if (trigger instanceof Trigger.PromiseDueWithin dueWithin) {
            Duration left = Duration.between(now, p.due());
            if (p.isOpen() && left.compareTo(Duration.ZERO) > 0 && left.compareTo(dueWithin.within()) <= 0) {
                return Optional.of(MessageKey.of("reason.promise.dueWithin", shortText(p), p.due(),
                        dueWithin.within()));
            }
        } else if (trigger instanceof Trigger.PromiseBroken) {
            if (p.status() == PromiseStatus.BROKEN) {
                return Optional.of(MessageKey.of("reason.promise.broken", shortText(p), p.due()));
            }
        }
        return Optional.empty();
    }

    private static void ticketFirings(Rule rule, TicketSnapshot ticket, Instant now, List<RuleFiring> firings) {
        Trigger trigger = rule.trigger();
        String key = ticket.ticketKey();
        if (trigger instanceof Trigger.SlaGoalAtRisk slaAtRisk) {
            for (SlaGoal goal : ticket.slaGoals()) {
                if (goal.isRunning() && goal.remaining().compareTo(slaAtRisk.remainingBelow()) < 0) {
                    fire(firings, rule, ticket, RuleFiring.slaSubject(key, goal.name()), Optional.empty(),
                            Optional.empty(), MessageKey.of("reason.sla.atRisk", goal.name(), goal.remaining(),
                                    slaAtRisk.remainingBelow()));
                }
            }
        } else if (trigger instanceof Trigger.WaitingOnTeam waiting) {
            Instant since = ticket.waitingOnTeamSince();
            if (since != null && since.isBefore(now)) {
                Duration waited = ticket.calendar().workingTimeBetween(since, now);
                if (waited.compareTo(waiting.longerThan()) > 0) {
                    fire(firings, rule, ticket, RuleFiring.ticketSubject(key, "waiting"), Optional.empty(),
                            Optional.empty(), MessageKey.of("reason.waiting", waited, since, waiting.longerThan()));
                }
            }
        } else if (trigger instanceof Trigger.TicketReopened reopened) {
            int times = ticket.reopenCount();
            if (times >= reopened.times()) {
                String condition = reopened.times() == 1 ? "reopened" : "reopened-" + reopened.times();
                fire(firings, rule, ticket, RuleFiring.ticketSubject(key, condition), Optional.empty(),
                        Optional.empty(), times == 1 ? MessageKey.of("reason.reopened")
                                : MessageKey.of("reason.reopened.times", times));
            }
        } else if (trigger instanceof Trigger.CustomerFirstTicket) {
            if (ticket.history().earlierTicketsOfCustomer() == 0) {
                fire(firings, rule, ticket, RuleFiring.ticketSubject(key, "first-ticket"), Optional.empty(),
                        Optional.empty(), MessageKey.of("reason.firstTicket"));
            }
        } else if (trigger instanceof Trigger.HardTicket hard) {
            int updates = ticket.history().updates();
            if (updates >= hard.updates()) {
                fire(firings, rule, ticket, RuleFiring.ticketSubject(key, "hard"), Optional.empty(),
                        Optional.empty(), MessageKey.of("reason.hardTicket", updates));
            }
        } else if (trigger instanceof Trigger.AfterResolution after) {
            Instant resolved = ticket.history().resolvedAt();
            if (resolved != null) {
                Duration since = Duration.between(resolved, now);
                if (since.compareTo(after.after()) >= 0
                        && since.compareTo(after.after().plus(Trigger.AfterResolution.WINDOW)) <= 0) {
                    fire(firings, rule, ticket, RuleFiring.ticketSubject(key, "resolved"), Optional.empty(),
                            Optional.empty(), MessageKey.of("reason.afterResolution", since.toDays(), resolved));
                }
            }
        } else if (trigger instanceof Trigger.CustomerUnanswered unanswered) {
            if (ticket.customerCommentsUnanswered() >= unanswered.comments()) {
                fire(firings, rule, ticket, RuleFiring.ticketSubject(key, "unanswered"), Optional.empty(),
                        Optional.empty(), MessageKey.of("reason.unanswered", ticket.customerCommentsUnanswered()));
            }
        }
    }

    private static void fire(List<RuleFiring> firings, Rule rule, TicketSnapshot ticket, String subject,
                             Optional<Promise> promise, Optional<Risk> risk, MessageKey reason) {
        for (Action action : rule.actions()) {
            firings.add(new RuleFiring(rule, ticket.ticketKey(), subject, promise, risk, action,
                    MessageKey.of("reason.rule", rule.name(), reason).encoded()));
        }
    }

    private static String shortText(Promise p) {
        String t = p.text();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
