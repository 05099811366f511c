package io.promisekeeper.core.promise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The promise store in memory, for tests: same contract as the database one, including version checks. */
public final class InMemoryPromiseStore implements PromiseStore {
    private final Map<Long, Promise> rows = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Promise create(Promise promise) {
        if (promise.id() != 0) {
            throw new IllegalArgumentException("already stored: " + promise.id());
        }
        Promise stored = promise.stored(ids.incrementAndGet(), 1);
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Promise> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<Promise> listByTicket(String ticketKey) {
        return rows.values().stream()
                .filter(p -> p.ticketKey().equals(ticketKey))
                .sorted(Comparator.comparing(Promise::madeAt).thenComparingLong(Promise::id))
                .toList();
    }

    @Override
    public synchronized Promise update(Promise changed, long expectedVersion, PromiseChange change) {
        Promise current = rows.get(changed.id());
        if (current == null) {
            throw new UnknownPromise(changed.id());
        }
        if (current.version() != expectedVersion) {
            throw new VersionConflict(changed.id(), expectedVersion, current.version());
        }
        List<PromiseChange> history = new ArrayList<>(current.history());
        history.add(change);
        Promise stored = new Promise(changed.id(), changed.ticketKey(), changed.text(), changed.kind(), changed.due(),
                changed.calendarId(), changed.madeBy(), changed.madeAt(), changed.channel(), changed.source(),
                changed.status(), expectedVersion + 1, changed.supersededBy(), changed.renegotiatedFrom(),
                changed.renegotiationReason(), changed.customerAgreed(), history);
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized List<Promise> openDueWithin(Instant from, Instant to) {
        return rows.values().stream()
                .filter(Promise::isOpen)
                .filter(p -> !p.due().isBefore(from) && p.due().isBefore(to))
                .sorted(Comparator.comparing(Promise::due).thenComparingLong(Promise::id))
                .toList();
    }

    @Override
    public synchronized void appendHistory(long promiseId, PromiseChange change) {
        Promise current = rows.get(promiseId);
        if (current == null) {
            throw new UnknownPromise(promiseId);
        }
        rows.put(promiseId, current.withChange(change));
    }

    /** Every stored promise, for assertions that nothing else was written. */
    public synchronized List<Promise> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public synchronized List<Promise> madeWithin(String projectKey, java.time.Instant from, java.time.Instant to) {
        return all().stream()
                .filter(p -> p.ticketKey().startsWith(projectKey + "-"))
                .filter(p -> !p.madeAt().isBefore(from) && p.madeAt().isBefore(to))
                .sorted(java.util.Comparator.comparing(Promise::madeAt).thenComparingLong(Promise::id))
                .toList();
    }
}
