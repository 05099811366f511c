package io.promisekeeper.core.promise;

import java.time.Instant;

/** Something that happened to a promise, for later features (delight actions, notices) to react to. */
public sealed interface PromiseEvent permits PromiseKept, PromiseBroken, PromiseRenegotiated, PromiseSuggested {

    /** When it happened. */
    Instant at();

    /** The ticket concerned. */
    String ticketKey();
}
