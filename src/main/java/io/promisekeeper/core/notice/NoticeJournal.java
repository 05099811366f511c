package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.List;

/**
 * Port: every claimed customer notice and its state, shared by all nodes; the ticket's notice log ("Customer
 * informed 14:02: …") and what the sweep of lost notices reads.
 */
public interface NoticeJournal {

    /** Records a just-claimed notice as {@link NoticeState#CLAIMED}; a second call for its episode changes nothing. */
    void claimed(DelayNotice notice, Instant at);

    /**
     * Replaces the text of the episode's notice with what the agent chose to send, before it is sent, so the
     * ticket's log shows what the customer read. Changes nothing once the notice is SENT.
     */
    void rewrite(EpisodeKey episode, String body, Instant at);

    /** Moves the notice of {@code episode} to {@code state}. */
    void mark(EpisodeKey episode, NoticeState state, Instant at);

    /** Notices still CLAIMED or SENDING whose last step was before {@code before}, oldest first; at most {@code limit}. */
    List<NoticeRecord> unfinishedBefore(Instant before, int limit);

    /** The ticket's notices, newest first; at most {@code limit}. */
    List<NoticeRecord> recentForTicket(String ticketKey, int limit);

    /**
     * The notices of many tickets, each ticket's newest first and at most {@code perTicket} of them. A store answers
     * with one query per page of tickets; this default asks ticket by ticket.
     */
    default List<NoticeRecord> recentForTickets(java.util.Collection<String> ticketKeys, int perTicket) {
        List<NoticeRecord> all = new java.util.ArrayList<>();
        for (String ticket : ticketKeys) {
            all.addAll(recentForTicket(ticket, perTicket));
        }
        return all;
    }
}
