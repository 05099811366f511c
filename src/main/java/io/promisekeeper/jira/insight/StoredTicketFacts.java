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
import java.util.function.BooleanSupplier;

/**
 * Ticket facts from the app's own table, one query per 500 tickets; tickets not stored yet (new ones, or edited
 * since: the issue-event listener forgets those) are asked of Jira ticket by ticket and stored for next time.
 *
 * <p>"No request type" is stored only when someone was logged in to ask: JSM answers none to a reader who may not
 * see the request (a job runs as nobody), and that must not stick; a logged-in viewer of insight may browse the
 * project, so their "none" is the ticket's (created outside the portal).
 */
public final class StoredTicketFacts implements TicketFactsSource {
    private final ActiveObjectsTicketFacts stored;
    private final TicketFactsSource jira;
    private final Clock clock;
    private final BooleanSupplier readerLoggedIn;

    /** @param readerLoggedIn whether the current thread reads Jira as a logged-in user */
    public StoredTicketFacts(ActiveObjectsTicketFacts stored, TicketFactsSource jira, Clock clock,
            BooleanSupplier readerLoggedIn) {
        this.stored = stored;
        this.jira = jira;
        this.clock = clock;
        this.readerLoggedIn = readerLoggedIn;
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
            boolean sure = readerLoggedIn.getAsBoolean();
            stored.remember(read.values().stream().filter(f -> sure || known(f.requestType())).toList(),
                    clock.instant());
            facts.putAll(read);
        }
        return facts;
    }

    private static boolean known(String value) {
        return value != null && !value.isBlank() && !KeptRates.UNKNOWN.equals(value);
    }
}
