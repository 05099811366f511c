package io.promisekeeper.jira.insight;

import io.promisekeeper.core.insight.KeptRates;
import io.promisekeeper.core.insight.TicketFacts;
import io.promisekeeper.core.insight.TicketFactsSource;
import io.promisekeeper.jira.store.ActiveObjectsTicketFacts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Ticket facts from the app's own table, one query per 500 tickets; tickets not stored yet (new ones, or edited
 * since: the issue-event listener forgets those) are asked of Jira ticket by ticket and stored for next time.
 */
public final class StoredTicketFacts implements TicketFactsSource {
    private final ActiveObjectsTicketFacts stored;
    private final TicketFactsSource jira;
    private final Clock clock;

    public StoredTicketFacts(ActiveObjectsTicketFacts stored, TicketFactsSource jira, Clock clock) {
        this.stored = stored;
        this.jira = jira;
        this.clock = clock;
    }

    @Override
    public Map<String, TicketFacts> factsOf(Collection<String> ticketKeys) {
        Map<String, TicketFacts> facts = new HashMap<>(stored.factsOf(ticketKeys));
        List<String> unknown = new ArrayList<>();
        for (String key : new LinkedHashSet<>(ticketKeys)) {
            if (!facts.containsKey(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, TicketFacts> read = jira.factsOf(unknown);
            // Stored only with a request type: JSM answers none when the reader may not see the request (a job runs
            // as nobody) or its API differs, and that must not stick. A ticket without a component is a fact, and
            // a ticket Jira no longer has is asked again next time (one read each).
            stored.remember(read.values().stream().filter(f -> known(f.requestType())).toList(), clock.instant());
            facts.putAll(read);
        }
        return facts;
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank() && !KeptRates.UNKNOWN.equals(value);
    }
}
