package io.promisekeeper.core.insight;

import io.promisekeeper.core.delight.SatisfactionRatings;
import io.promisekeeper.core.notice.NoticeJournal;
import io.promisekeeper.core.notice.NoticeRecord;
import io.promisekeeper.core.promise.Promise;
import io.promisekeeper.core.promise.PromiseStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers what a filter's figures need from the ports — promises made in the period, their tickets' facts and
 * satisfaction ratings, the notices of those tickets, the gestures — and has {@link InsightFigures} count them.
 */
public final class InsightReader {
    /** Notices read per ticket; a ticket with more delay notices than this is far beyond the contact cap. */
    static final int NOTICES_PER_TICKET = 200;

    private final PromiseStore promises;
    private final TicketFactsSource facts;
    private final SatisfactionRatings ratings;
    private final NoticeJournal notices;
    private final GestureFactsSource gestures;

    public InsightReader(PromiseStore promises, TicketFactsSource facts, SatisfactionRatings ratings,
                         NoticeJournal notices, GestureFactsSource gestures) {
        this.promises = Objects.requireNonNull(promises, "promises");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.gestures = Objects.requireNonNull(gestures, "gestures");
    }

    /** The report for {@code filter}. */
    public InsightReport report(InsightFilter filter) {
        return new InsightFigures().report(filter, data(filter));
    }

    /** The data behind the report for {@code filter}, before the component filter. */
    public InsightData data(InsightFilter filter) {
        List<Promise> made = new ArrayList<>();
        for (String project : filter.projects()) {
            made.addAll(promises.madeWithin(project, filter.start(), filter.end()));
        }
        Set<String> tickets = new TreeSet<>();
        made.forEach(p -> tickets.add(p.ticketKey()));
        Map<String, TicketFacts> ticketFacts = new HashMap<>(facts.factsOf(tickets));
        ratings.ratingsOf(tickets).forEach((ticket, rating) -> ticketFacts.put(ticket,
                ticketFacts.getOrDefault(ticket, new TicketFacts(ticket, null, null)).withSatisfaction(rating)));
        // One query per page of tickets, not one per ticket: a year across projects is many thousands of tickets.
        List<NoticeRecord> sent = notices.recentForTickets(tickets, NOTICES_PER_TICKET);
        return new InsightData(made, ticketFacts, sent,
                gestures.suggestedWithin(filter.projects(), filter.start(), filter.end()));
    }
}
