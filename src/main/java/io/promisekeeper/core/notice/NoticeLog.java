package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: what was already done about which risk episode, and whom we contacted when. Shared by all cluster nodes
 * (a database table in Jira, memory in tests).
 *
 * <p>A subject's episodes are numbered 1, 2, …; an episode stays current until something was claimed in it and
 * it is then ended, so an episode in which nothing happened (say, at risk only during quiet hours) is reused.
 */
public interface NoticeLog {

    /** What a customer notice claims; one per episode across all rules. */
    String CUSTOMER_NOTICE = "customer-notice";

    /**
     * What deciding a claimed notice's outcome claims: the round that is about to send it, or the sweep that gives
     * it up as lost. Exactly one of them wins, so a slow node and the sweep never both act on one notice.
     */
    String NOTICE_OUTCOME = "customer-notice-outcome";

    /** The subject's current episode: the first, or the one after the last ended. */
    EpisodeKey currentEpisode(String subject);

    /**
     * Claims {@code purpose} in {@code episode}. Returns true for exactly one caller per (episode, purpose), across
     * threads and nodes, for ever: a store does it with an insert under a unique key, and a duplicate-key failure
     * means false. Whoever gets true must act; everyone else must not.
     */
    boolean claim(EpisodeKey episode, String purpose);

    /** Whether {@code purpose} was already claimed in {@code episode}; a hint, {@link #claim} decides. */
    boolean isClaimed(EpisodeKey episode, String purpose);

    /**
     * Ends the subject's current episode if anything was claimed in it, so the next risk starts a new one;
     * otherwise does nothing. Idempotent.
     */
    void endEpisode(String subject);

    /** Records that {@code customer} was sent a notice at {@code at}; the contact cap counts these. */
    void recordContact(String customer, Instant at);

    /**
     * Takes a place for one notice to {@code customer} at {@code at} under {@code cap} and records the contact, or
     * returns empty when the customer's places are all held by contacts still inside their windows. Across threads
     * and nodes at most {@code cap.perDay()} callers win within any 24 hours and {@code cap.perWeek()} within any 7
     * days: a store gives every customer numbered day and week places under a unique key and takes one of each by
     * insert (a place whose contact left its window is freed by deleting exactly that contact's row first). This
     * default checks and records without such places: enough where only one thread plans.
     */
    default Optional<ContactPlace> claimContact(String customer, Instant at, ContactCap cap) {
        if (cap.earliestAllowed(contactsSince(customer, at.minus(ContactCap.WEEK)), at).isAfter(at)) {
            return Optional.empty();
        }
        recordContact(customer, at);
        return Optional.of(new ContactPlace(customer, at, ""));
    }

    /**
     * Gives back what {@link #claimContact} took for a notice that did not go out after all (another node claimed
     * its episode first), so the cap counts only notices that were handed out. Does nothing by default.
     */
    default void releaseContact(ContactPlace place) {
    }

    /**
     * Forgets contacts before {@code before}, at most {@code limit} of them: the caps look back a week, so older
     * ones only make the log grow. Returns how many were forgotten; a caller repeats while that equals the limit.
     */
    int forgetContactsBefore(Instant before, int limit);

    /** When {@code customer} was contacted at or after {@code since}. */
    List<Instant> contactsSince(String customer, Instant since);

    /**
     * What the log knows about these subjects and customers, read at once so that a round over many tickets costs
     * a few queries per batch rather than several per ticket. This default asks subject by subject and leaves the
     * claims unknown; stores override it with batched reads.
     */
    default NoticeLogSnapshot snapshot(Collection<String> subjects, Collection<String> customers, Instant since) {
        Map<String, Integer> episodes = new HashMap<>();
        subjects.forEach(s -> episodes.put(s, currentEpisode(s).number()));
        Map<String, List<Instant>> contacts = new HashMap<>();
        customers.forEach(c -> contacts.put(c, contactsSince(c, since)));
        return new NoticeLogSnapshot(episodes, Map.of(), contacts, since);
    }
}
