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
 *
 * <p>A request type Jira could not be asked about (null from the source: nobody to ask as, or a JSM whose API
 * differs) is shown as unknown and not stored, so it is asked again at the next read; "none" is the ticket's
 * (created outside the portal) and is stored.
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
            // A ticket without a component is a fact; a ticket Jira no longer has is asked again next time.
            stored.remember(read.values().stream().filter(f -> f.requestType() != null).toList(), clock.instant());
            read.values().forEach(f -> facts.put(f.ticketKey(), f.requestType() != null ? f
                    : new TicketFacts(f.ticketKey(), f.component(), KeptRates.UNKNOWN, f.satisfaction())));
        }
        return facts;
    }
}
