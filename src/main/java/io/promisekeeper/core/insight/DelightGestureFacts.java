package io.promisekeeper.core.insight;

import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.delight.DelightCatalogue;
import io.promisekeeper.core.delight.DelightState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The gestures insight counts, read from the delight actions' store: each suggestion with its outcome, the
 * gesture's English name from today's catalogue, and the ticket's first component from the ticket facts.
 */
public final class DelightGestureFacts implements GestureFactsSource {
    private final DelightActions actions;
    private final Supplier<DelightCatalogue> catalogue;
    private final TicketFactsSource facts;

    public DelightGestureFacts(DelightActions actions, Supplier<DelightCatalogue> catalogue, TicketFactsSource facts) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    @Override
    public List<GestureFact> suggestedWithin(Set<String> projectKeys, Instant from, Instant to) {
        List<DelightAction> found = new ArrayList<>();
        for (String project : projectKeys) {
            found.addAll(actions.suggestedBetween(from, to, Optional.of(project)));
        }
        Set<String> tickets = new TreeSet<>();
        found.forEach(a -> tickets.add(a.ticketKey()));
        Map<String, TicketFacts> ticketFacts = facts.factsOf(tickets);
        DelightCatalogue entries = catalogue.get();
        List<GestureFact> result = new ArrayList<>(found.size());
        for (DelightAction a : found) {
            TicketFacts f = ticketFacts.get(a.ticketKey());
            String name = entries.find(a.gestureId()).map(g -> g.text("en").name()).orElse(a.gestureId());
            // A snoozed gesture is still waiting for the agent: for the figures it is suggested, not acted on.
            GestureState state = switch (a.state()) {
                case DONE -> GestureState.DONE;
                case DISMISSED -> GestureState.DISMISSED;
                default -> GestureState.SUGGESTED;
            };
            result.add(new GestureFact(a.ticketKey(), a.projectKey(), f == null ? null : f.component(),
                    a.actedBy(), a.gestureId(), name, state,
                    a.state() == DelightState.DISMISSED ? a.dismissReason().name() : null,
                    BigDecimal.valueOf(a.costCents(), 2), a.suggestedAt(),
                    state == GestureState.SUGGESTED ? null : a.actedAt()));
        }
        return result;
    }
}
