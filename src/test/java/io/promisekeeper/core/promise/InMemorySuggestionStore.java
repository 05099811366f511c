package io.promisekeeper.core.promise;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The suggestion store in memory, for tests. */
public final class InMemorySuggestionStore implements SuggestionStore {
    private final Map<Long, PromiseSuggestion> rows = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized PromiseSuggestion create(PromiseSuggestion suggestion) {
        PromiseSuggestion stored = suggestion.stored(ids.incrementAndGet());
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<PromiseSuggestion> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<PromiseSuggestion> pendingForTicket(String ticketKey) {
        return rows.values().stream()
                .filter(s -> s.ticketKey().equals(ticketKey) && s.status() == SuggestionStatus.PENDING)
                .sorted(Comparator.comparing(PromiseSuggestion::detectedAt).thenComparingLong(PromiseSuggestion::id))
                .toList();
    }

    @Override
    public synchronized boolean decide(long id, SuggestionStatus status) {
        PromiseSuggestion current = rows.get(id);
        if (current == null || current.status() != SuggestionStatus.PENDING) {
            return false;
        }
        rows.put(id, current.withStatus(status));
        return true;
    }

    /** Every stored suggestion. */
    public synchronized List<PromiseSuggestion> all() {
        return List.copyOf(rows.values());
    }
}
