package io.promisekeeper.core.view;

import io.promisekeeper.core.delight.DelightAction;
import io.promisekeeper.core.delight.DelightGesture;
import java.util.Objects;
import java.util.Optional;

/**
 * One delight gesture on a ticket as the agent sees it: the suggestion or what became of it, with the catalogue
 * entry it names (empty when an admin has since removed that gesture from the catalogue).
 */
public record GestureLine(DelightAction action, Optional<DelightGesture> gesture) {
    public GestureLine {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(gesture, "gesture");
    }
}
