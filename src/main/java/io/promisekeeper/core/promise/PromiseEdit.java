package io.promisekeeper.core.promise;

import java.time.Instant;

/** Changes to an OPEN promise's content; a null component keeps the current value. */
public record PromiseEdit(String text, PromiseKind kind, Instant due, String calendarId, Channel channel) {
}
