package io.promisekeeper.core.promise;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where promises and their history live (Active Objects in Jira, memory in tests). */
public interface PromiseStore {

    /**
     * Stores a new promise (id 0) with its history and returns it with the assigned id and version 1.
     */
    Promise create(Promise promise);

    /** The promise with its full history, oldest entry first. */
    Optional<Promise> find(long id);

    /** The ticket's promises, oldest first (by madeAt, then id), each with its history. */
    List<Promise> listByTicket(String ticketKey);

    /**
     * Writes the changed fields of {@code changed} and appends {@code change} to its history, only if the
     * stored version is still {@code expectedVersion}; returns the promise as stored, version + 1.
     *
     * @throws VersionConflict when the stored version differs (nothing is written)
     * @throws UnknownPromise when no such promise exists
     */
    Promise update(Promise changed, long expectedVersion, PromiseChange change);

    /** OPEN promises with due in {@code [from, to)}, earliest due first; the scheduler's query (indexed). */
    List<Promise> openDueWithin(Instant from, Instant to);

    /**
     * Like {@link #openDueWithin} but with an empty history: what the scheduler's round needs, which forecasts and
     * evaluates rules on thousands of promises per tick and never reads their history.
     */
    default List<Promise> openDueWithoutHistory(Instant from, Instant to) {
        return openDueWithin(from, to);
    }

    /**
     * The promises of a project's tickets (keys {@code <projectKey>-<n>}) made in {@code [from, to)}, oldest first,
     * each with its history; what kept-rate figures are computed from.
     */
    List<Promise> madeWithin(String projectKey, Instant from, Instant to);

    /** Appends a history entry without changing the promise or its version (e.g. a notice was sent). */
    void appendHistory(long promiseId, PromiseChange change);
}
