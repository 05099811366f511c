package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Objects;

/** What the notice policy says about one notice: send it now, hold it until a moment, or drop it. */
public sealed interface NoticeDecision {

    /** Nothing stands in the way. */
    record SendNow() implements NoticeDecision {
    }

    /** Quiet hours or the contact cap stand in the way until {@code until}; then it may go. */
    record HoldUntil(Instant until, String reason) implements NoticeDecision {
        public HoldUntil {
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** It would not help any more, e.g. it would arrive too close to the promise's due time. */
    record Drop(String reason) implements NoticeDecision {
        public Drop {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
