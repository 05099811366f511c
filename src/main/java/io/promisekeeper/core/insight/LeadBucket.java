package io.promisekeeper.core.insight;

import java.time.Duration;

/** Bands of notice lead time (due minus sent), for the distribution. */
public enum LeadBucket {
    /** Sent after the due moment had passed. */
    LATE(Duration.ofSeconds(Long.MIN_VALUE)),
    UNDER_1H(Duration.ZERO),
    FROM_1H_TO_4H(Duration.ofHours(1)),
    FROM_4H_TO_1D(Duration.ofHours(4)),
    FROM_1D_TO_3D(Duration.ofDays(1)),
    OVER_3D(Duration.ofDays(3));

    private final Duration from;

    LeadBucket(Duration from) {
        this.from = from;
    }

    /** The band a lead time falls in; each band includes its lower bound. */
    public static LeadBucket of(Duration lead) {
        LeadBucket found = LATE;
        for (LeadBucket b : values()) {
            if (b != LATE && lead.compareTo(b.from) >= 0) {
                found = b;
            }
        }
        return found;
    }
}
