package io.promisekeeper.core.promise;

import java.time.Instant;

/** A promise was broken; {@code automatic} when the overdue sweep decided it. */
public record PromiseBroken(Promise promise, Instant at, boolean automatic) implements PromiseEvent {
    @Override
    public String ticketKey() {
        return promise.ticketKey();
    }
}
