package io.promisekeeper.core.view;

import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightActions;
import io.promisekeeper.core.delight.DelightCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Builds the agent's view of a ticket's delight gestures from the stored suggestions and today's catalogue. */
public final class GestureOverview {
    private final DelightActions actions;
    private final Supplier<DelightCatalogue> catalogue;
    private final Clock clock;

    public GestureOverview(DelightActions actions, Supplier<DelightCatalogue> catalogue, Clock clock) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The gestures of {@code ticketKey} as of now; a snoozed one counts as open again once its time has come. */
    public TicketGestures of(String ticketKey) {
        Instant now = clock.instant();
        DelightCatalogue entries = catalogue.get();
        List<GestureLine> open = new ArrayList<>();
        List<GestureLine> settled = new ArrayList<>();
        List<DelightAction> all = new ArrayList<>(actions.forTicket(ticketKey));
        all.sort(Comparator.comparing(DelightAction::suggestedAt).thenComparingLong(DelightAction::id));
        for (DelightAction action : all) {
            GestureLine line = new GestureLine(action, entries.find(action.gestureId()));
            if (action.isOpenAt(now)) {
                open.add(line);
            } else if (action.isSettled()) {
                settled.add(line);
            }
        }
        settled.sort(Comparator.comparing((GestureLine l) -> l.action().actedAt()).reversed());
        return new TicketGestures(open, settled, entries.currency(), now);
    }
}
