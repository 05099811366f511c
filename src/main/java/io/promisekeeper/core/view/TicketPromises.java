package io.promisekeeper.core.view;

import io.promisekeeper.core.promise.PromiseSuggestion;
import java.time.Instant;
import java.util.List;

/** Everything the agent panel shows about one ticket's promises, as of {@code asOf}. */
public record TicketPromises(String ticketKey, Instant asOf, List<PromiseLine> promises,
                             List<PromiseSuggestion> suggestions) {
    public TicketPromises {
        promises = List.copyOf(promises);
        suggestions = List.copyOf(suggestions);
    }

    /** How many promises are open and past due. */
    public long overdueCount() {
        return promises.stream().filter(PromiseLine::overdue).count();
    }
}
