package io.promisekeeper.core.rules;

import io.promisekeeper.core.MessageKey;
import io.promisekeeper.core.promise.Promise;
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
            Trigger trigger = rule.trigger();
            if (trigger.isAboutPromises()) {
                for (Promise p : ordered) {
                    if (!p.ticketKey().equals(ticket.ticketKey())) {
                        continue;
                    }
                    Optional<Risk> risk = p.isOpen()
                            ? Optional.of(risks.computeIfAbsent(p.id(), id -> forecast.of(p, now)))
                            : Optional.empty();
                    trigger.firesOn(p, risk, now).ifPresent(reason ->
                            fire(firings, rule, ticket, trigger.subjectOf(p), Optional.of(p), risk, reason));
                }
            } else {
                for (Trigger.TicketHit hit : trigger.firesOn(ticket, now)) {
                    fire(firings, rule, ticket, hit.subject(), Optional.empty(), Optional.empty(), hit.reason());
                }
            }
        }
        return List.copyOf(firings);
    }

    private static void fire(List<RuleFiring> firings, Rule rule, TicketSnapshot ticket, String subject,
                             Optional<Promise> promise, Optional<Risk> risk, MessageKey reason) {
        for (Action action : rule.actions()) {
            firings.add(new RuleFiring(rule, ticket.ticketKey(), subject, promise, risk, action,
                    MessageKey.of("reason.rule", rule.name(), reason).encoded()));
        }
    }
}
