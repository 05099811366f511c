package io.promisekeeper.core.promise;

import java.time.Instant;

/** A promise was kept; {@code automatic} when the app saw it kept (resolution, public comment). */
public record PromiseKept(Promise promise, Instant at, boolean automatic) implements PromiseEvent {
    @Override
    public String ticketKey() {
        return promise.ticketKey();
    }
}
