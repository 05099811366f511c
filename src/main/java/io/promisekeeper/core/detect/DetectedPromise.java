package io.promisekeeper.core.detect;

import io.promisekeeper.core.promise.PromiseKind;
import java.time.Instant;

/** A commitment found in a comment: its kind, when it is due, and the sentence that made it. */
public record DetectedPromise(PromiseKind kind, Instant due, String sentence) {
}
