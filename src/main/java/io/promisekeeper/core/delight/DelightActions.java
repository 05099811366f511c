package io.promisekeeper.core.delight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the suggested gestures of every ticket, shared by all nodes (a database table in Jira). */
public interface DelightActions {

    /**
     * Stores a new suggestion under the claim's unique keys. Returns it with its id and version 1, or empty when a
     * key was already taken (suggested before for that subject, or another node filled that slot first).
     */
    Optional<DelightAction> suggest(DelightAction suggestion, DelightClaim claim);

    /** The suggestion with this id. */
    Optional<DelightAction> find(long id);

    /** The ticket's suggestions the agent should see at {@code now}: suggested, and snoozed ones that are due. */
    List<DelightAction> openForTicket(String ticketKey, Instant now);

    /** All of the ticket's suggestions, oldest first: its delight history. */
    List<DelightAction> forTicket(String ticketKey);

    /** Suggestions made in {@code [from, to)}, oldest first; only on {@code projectKey}'s tickets when given. */
    List<DelightAction> suggestedBetween(Instant from, Instant to, Optional<String> projectKey);

    /** Suggestions made to {@code customer} in {@code [from, to)}, in any state. */
    List<DelightAction> forCustomer(String customer, Instant from, Instant to);

    /**
     * Saves an agent's act ({@link DelightAction#done}, {@link DelightAction#dismiss}, {@link DelightAction#snooze})
     * if the stored version is still {@code changed.version()}; returns it at the next version.
     *
     * @throws DelightConflict when someone acted in between (nothing saved)
     * @throws UnknownDelightAction when there is no such suggestion
     */
    DelightAction act(DelightAction changed);
}
