package io.promisekeeper.core.promise;

import java.util.List;
import java.util.Optional;

/** Port: where suggested promises live until the agent acts on them. */
public interface SuggestionStore {

    /** Stores a new suggestion (id 0) and returns it with its id. */
    PromiseSuggestion create(PromiseSuggestion suggestion);

    /** The suggestion with this id. */
    Optional<PromiseSuggestion> find(long id);

    /** The ticket's suggestions still PENDING, oldest first. */
    List<PromiseSuggestion> pendingForTicket(String ticketKey);

    /**
     * Moves a PENDING suggestion to {@code status}; returns false (and writes nothing) when it was no longer
     * pending, so two agents cannot both accept it.
     */
    boolean decide(long id, SuggestionStatus status);
}
