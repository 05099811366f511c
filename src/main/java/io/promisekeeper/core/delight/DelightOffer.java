package io.promisekeeper.core.delight;

import io.promisekeeper.core.MessageKey;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of a candidate: stored as a suggestion, or skipped and why (for the round report), in English and as a
 * message for the reader's language ({@code words}, null when there is none).
 */
public record DelightOffer(DelightCandidate candidate, Optional<DelightAction> suggested, String reason,
                           MessageKey words) {
    public DelightOffer(DelightCandidate candidate, Optional<DelightAction> suggested, String reason) {
        this(candidate, suggested, reason, null);
    }

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
