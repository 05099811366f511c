package io.promisekeeper.core.promise;

import java.time.Instant;

/** What an agent fills in to log a promise; the ledger adds who and when. */
public record NewPromise(String ticketKey, String text, PromiseKind kind, Instant due, String calendarId,
                         Channel channel, PromiseSource source) {
}
