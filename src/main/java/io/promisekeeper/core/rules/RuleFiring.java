package io.promisekeeper.core.rules;

import io.promisekeeper.core.promise.Promise;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The subject key of a broken promise: a new subject, since settling ends the promise's risk episode and the
     * apology is a notice of its own.
     */
    public static String brokenPromiseSubject(Promise promise) {
        return promiseSubject(promise) + ":broken";
    }

    /** The subject key of one SLA goal of a ticket. */
    public static String slaSubject(String ticketKey, String goalName) {
        return "sla:" + ticketKey + ":" + goalName;
    }

    /**
     * The subject key of a ticket condition, one of those the ticket triggers declare ({@code waiting},
     * {@code reopened}, {@code reopened-<n>}, {@code unanswered}...).
     */
    public static String ticketSubject(String ticketKey, String condition) {
        return "ticket:" + ticketKey + ":" + condition;
    }

    /** Every subject a ticket with these promises can fire on; what does not fire now is not at risk now. */
    public static Set<String> subjectsOf(TicketSnapshot ticket, List<Promise> promises) {
        Set<String> subjects = new LinkedHashSet<>();
        for (Promise p : promises) {
            subjects.add(promiseSubject(p));
            subjects.add(brokenPromiseSubject(p));
        }
        for (String condition : Triggers.ticketConditions()) {
            subjects.add(ticketSubject(ticket.ticketKey(), condition));
        }
        ticket.slaGoals().forEach(g -> subjects.add(slaSubject(ticket.ticketKey(), g.name())));
        return subjects;
    }
}
