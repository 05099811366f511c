package io.promisekeeper.core.delight;

import java.util.Objects;
import java.util.Optional;

/** What became of a candidate: stored as a suggestion, or skipped and why (for the round report). */
public record DelightOffer(DelightCandidate candidate, Optional<DelightAction> suggested, String reason) {
    public DelightOffer {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(suggested, "suggested");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether it was stored. */
    public boolean isSuggested() {
        return suggested.isPresent();
    }
}
