package io.promisekeeper.core.delight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The delight store in memory, with the same unique keys as the database table. */
public final class InMemoryDelightActions implements DelightActions {
    private final Map<Long, DelightAction> rows = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<DelightAction> suggest(DelightAction suggestion, DelightClaim claim) {
        List<String> taken = new ArrayList<>();
        taken.add("s:" + claim.subjectKey());
        taken.add("c:" + claim.customerSlot());
        if (claim.projectSlot() != null) {
            taken.add("p:" + claim.projectSlot());
        }
        if (taken.stream().anyMatch(keys::contains)) {
            return Optional.empty();
        }
        keys.addAll(taken);
        DelightAction stored = suggestion.stored(nextId++, 1);
        rows.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Optional<DelightAction> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<DelightAction> openForTicket(String ticketKey, Instant now) {
        return forTicket(ticketKey).stream().filter(a -> a.isOpenAt(now)).toList();
    }

    @Override
    public synchronized List<DelightAction> forTicket(String ticketKey) {
        return rows.values().stream().filter(a -> a.ticketKey().equals(ticketKey)).toList();
    }

    @Override
    public synchronized List<DelightAction> suggestedBetween(Instant from, Instant to, Optional<String> projectKey) {
        return rows.values().stream().filter(a -> !a.suggestedAt().isBefore(from) && a.suggestedAt().isBefore(to))
                .filter(a -> projectKey.isEmpty() || projectKey.get().equals(a.projectKey()))
                .sorted(Comparator.comparing(DelightAction::suggestedAt)).toList();
    }

    @Override
    public synchronized List<DelightAction> forCustomer(String customer, Instant from, Instant to) {
        return suggestedBetween(from, to, Optional.empty()).stream().filter(a -> a.customer().equals(customer))
                .toList();
    }

    @Override
    public synchronized DelightAction act(DelightAction changed) {
        DelightAction current = rows.get(changed.id());
        if (current == null) {
            throw new UnknownDelightAction(changed.id());
        }
        if (current.version() != changed.version()) {
            throw new DelightConflict(changed.id(), changed.version());
        }
        DelightAction next = changed.stored(changed.id(), changed.version() + 1);
        rows.put(next.id(), next);
        return next;
    }
}
