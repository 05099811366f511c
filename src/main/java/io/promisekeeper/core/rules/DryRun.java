package io.promisekeeper.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "This rule would have fired on these tickets in the last days": replays the rule engine over recent tickets at
 * every {@code step} of the window, as the scheduler tick would have, and reports each rule and ticket once, at
 * the first moment it fired. Nothing is sent or stored.
 */
public final class DryRun {
    /** Most tickets a dry run looks at, so that a click on the admin page stays quick. */
    public static final int MAX_TICKETS = 500;

    private final RuleEngine engine;
    private final RecentTickets tickets;
    private final Duration step;

    public DryRun(RuleEngine engine, RecentTickets tickets, Duration step) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        this.step = step;
    }

    /** The result of {@code rules} over the {@code window} before {@code now}. */
    public Result run(RuleSet rules, Instant now, Duration window) {
        Instant from = now.minus(window);
        List<RecentTicket> recent = tickets.between(from, now, MAX_TICKETS);
        Map<String, DryRunHit> hits = new LinkedHashMap<>();
        for (RecentTicket t : recent) {
            for (Instant at = from; !at.isAfter(now); at = at.plus(step)) {
                for (RuleFiring f : engine.evaluate(rules, t.ticket(), t.promises(), at)) {
                    hits.putIfAbsent(f.rule().id() + "\u0000" + f.ticketKey(),
                            new DryRunHit(f.rule().id(), f.rule().name(), f.ticketKey(), at, f.reason()));
                }
            }
        }
        List<String> order = rules.rules().stream().map(Rule::id).toList();
        List<DryRunHit> sorted = new ArrayList<>(hits.values());
        sorted.sort(Comparator.comparingInt((DryRunHit h) -> order.indexOf(h.ruleId()))
                .thenComparing(DryRunHit::ticketKey));
        return new Result(recent.size(), sorted);
    }

    /** How many tickets were looked at, and every (rule, ticket) that fired, in rule then ticket order. */
    public record Result(int ticketsExamined, List<DryRunHit> hits) {
        public Result {
            hits = List.copyOf(hits);
        }

        /** How many different tickets {@code ruleId} fired on. */
        public long ticketsFor(String ruleId) {
            return hits.stream().filter(h -> h.ruleId().equals(ruleId)).count();
        }
    }
}
