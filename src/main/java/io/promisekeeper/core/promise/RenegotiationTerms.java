package io.promisekeeper.core.promise;

import java.time.Instant;

/** The new deal replacing a promise: new due (required), optional new text, why, and whether the customer agreed. */
public record RenegotiationTerms(String newText, Instant newDue, String reason, boolean customerAgreed) {
}
