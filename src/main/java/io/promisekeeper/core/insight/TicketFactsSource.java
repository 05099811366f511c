package io.promisekeeper.core.insight;

import java.util.Collection;
import java.util.Map;

/** Port: the first Jira component and the request type of tickets, which kept-rates are grouped by. */
@FunctionalInterface
public interface TicketFactsSource {
    /** Facts for each of the tickets that still exist; missing ones count as unknown. */
    Map<String, TicketFacts> factsOf(Collection<String> ticketKeys);
}
