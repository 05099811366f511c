package io.promisekeeper.core.promise;

import java.time.Instant;

/** A promise was replaced by a new one agreed (or not) with the customer. */
public record PromiseRenegotiated(Promise previous, Promise replacement, Instant at) implements PromiseEvent {
    @Override
    public String ticketKey() {
        return replacement.ticketKey();
    }
}
