package io.promisekeeper.core.promise;

/** The result of a renegotiation: the old promise, now RENEGOTIATED, and the OPEN one replacing it. */
public record Renegotiated(Promise previous, Promise replacement) {
}
