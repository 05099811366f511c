package io.promisekeeper.core.delight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one suggestion turned out: its state (with the dismiss reason on the action), how long the agent took to
 * decide, and the ticket's satisfaction rating where JSM has one.
 */
public record DelightOutcome(DelightAction action, Optional<Duration> timeToAct, OptionalInt satisfaction) {
    public DelightOutcome {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(timeToAct, "timeToAct");
        Objects.requireNonNull(satisfaction, "satisfaction");
    }

    /** The outcomes of {@code actions}, with ratings read once for all their tickets. */
    public static List<DelightOutcome> of(List<DelightAction> actions, SatisfactionRatings ratings) {
        Map<String, Integer> rated = ratings.ratingsOf(actions.stream().map(DelightAction::ticketKey)
                .distinct().toList());
        List<DelightOutcome> out = new ArrayList<>(actions.size());
        for (DelightAction a : actions) {
            Integer r = rated.get(a.ticketKey());
            out.add(new DelightOutcome(a, a.timeToAct(), r == null ? OptionalInt.empty() : OptionalInt.of(r)));
        }
        return out;
    }
}
