package io.promisekeeper.core.rules;

import io.promisekeeper.core.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The facts about one ticket that rule conditions, triggers and notice templates need, read by the adapter at
 * evaluation time.
 *
 * @param customer the customer's user key: the contact cap counts per customer
 * @param customerLanguage a language tag like {@code nl} or {@code en-GB}; blank when unknown
 * @param waitingOnTeamSince when the ticket last started waiting on the team; null while it waits on the customer
 * @param customerCommentsUnanswered customer comments since the last public agent reply
 * @param calendar the ticket's business calendar; "waiting on the team" counts its working time
 * @param history reopens, updates, the customer's earlier tickets and the resolution time, for delight triggers
 */
public record TicketSnapshot(
        String ticketKey,
        String project,
        String requestType,
        String priority,
        Set<String> organisations,
        Set<String> labels,
        String status,
        String customer,
        String customerFirstName,
        String customerLanguage,
        ZoneId customerZone,
        String agentName,
        Instant lastCustomerCommentAt,
        Instant lastAgentReplyAt,
        Instant waitingOnTeamSince,
        int customerCommentsUnanswered,
        boolean reopened,
        List<SlaGoal> slaGoals,
        BusinessCalendar calendar,
        TicketHistoryFacts history) {

    /** A snapshot whose past is unknown beyond {@code reopened}: delight triggers on the past do not fire. */
    public TicketSnapshot(String ticketKey, String project, String requestType, String priority,
                          Set<String> organisations, Set<String> labels, String status, String customer,
                          String customerFirstName, String customerLanguage, ZoneId customerZone, String agentName,
                          Instant lastCustomerCommentAt, Instant lastAgentReplyAt, Instant waitingOnTeamSince,
                          int customerCommentsUnanswered, boolean reopened, List<SlaGoal> slaGoals,
                          BusinessCalendar calendar) {
        this(ticketKey, project, requestType, priority, organisations, labels, status, customer, customerFirstName,
                customerLanguage, customerZone, agentName, lastCustomerCommentAt, lastAgentReplyAt,
                waitingOnTeamSince, customerCommentsUnanswered, reopened, slaGoals, calendar,
                TicketHistoryFacts.unknown(reopened));
    }

    public TicketSnapshot {
        Rule.requireText(ticketKey, "ticketKey");
        Objects.requireNonNull(customerZone, "customerZone");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(history, "history");
        project = orEmpty(project);
        requestType = orEmpty(requestType);
        priority = orEmpty(priority);
        status = orEmpty(status);
        customer = orEmpty(customer);
        customerFirstName = orEmpty(customerFirstName);
        customerLanguage = orEmpty(customerLanguage);
        agentName = orEmpty(agentName);
        organisations = Set.copyOf(organisations);
        labels = Set.copyOf(labels);
        slaGoals = List.copyOf(slaGoals);
        if (customerCommentsUnanswered < 0) {
            throw new IllegalArgumentException("customerCommentsUnanswered must not be negative");
        }
    }

    /** How many times the ticket was reopened: the history's count, or 1 when only the flag is known. */
    public int reopenCount() {
        return Math.max(history.reopens(), reopened ? 1 : 0);
    }

    /** The same ticket with what its past says. */
    public TicketSnapshot withHistory(TicketHistoryFacts facts) {
        return new TicketSnapshot(ticketKey, project, requestType, priority, organisations, labels, status, customer,
                customerFirstName, customerLanguage, customerZone, agentName, lastCustomerCommentAt, lastAgentReplyAt,
                waitingOnTeamSince, customerCommentsUnanswered, reopened || facts.reopens() > 0, slaGoals, calendar,
                facts);
    }

    /** The primary language subtag in lower case ({@code nl} for {@code nl-BE}); empty when unknown. */
    public String language() {
        String tag = customerLanguage.strip().replace('_', '-');
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
