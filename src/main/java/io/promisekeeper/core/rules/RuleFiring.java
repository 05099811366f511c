package io.promisekeeper.core.rules;

import io.promisekeeper.core.promise.Promise;
import java.util.Objects;
import java.util.Optional;

/**
 * One action a rule asks for on one ticket, with what it is about and why, in words.
 *
 * @param subject what the firing is about, stable across evaluations: {@code promise:42}, {@code sla:SD-1:Time to
 *     first response} or {@code ticket:SD-1:reopened}; notice episodes are counted per subject
 * @param promise the promise, for promise triggers
 * @param risk the promise's forecast risk, for promise triggers on open promises
 */
public record RuleFiring(Rule rule, String ticketKey, String subject, Optional<Promise> promise,
                         Optional<Risk> risk, Action action, String reason) {
    public RuleFiring {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }

    /** The subject key of a promise. */
    public static String promiseSubject(Promise promise) {
        return "promise:" + promise.id();
    }
}
