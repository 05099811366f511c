package io.promisekeeper.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.promisekeeper.core.notice.ContactCap;
import io.promisekeeper.core.notice.ContactPlace;
import io.promisekeeper.core.notice.EpisodeKey;
import io.promisekeeper.core.notice.NoticeLog;
import io.promisekeeper.core.notice.NoticeLogSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Claims, episodes and customer contacts in Active Objects tables, shared by all nodes. */
public final class ActiveObjectsNoticeLog implements NoticeLog {
    /** Oracle's IN limit, the lowest of Jira's databases; a batch of tickets then costs few queries. */
    private static final int IN_BATCH = 1000;
    static final String CLAIM_COLUMNS = "ID, CLAIM_KEY, SUBJECT, EPISODE, PURPOSE, CLAIMED_AT";
    static final String EPISODE_COLUMNS = "ID, SUBJECT, LAST_ENDED, LAST_CLAIMED";
    static final String CONTACT_COLUMNS = "ID, CUSTOMER, CONTACTED_AT";
    static final String SLOT_COLUMNS = "ID, SLOT_KEY, CUSTOMER, HELD_AT";
    private static final String DAY_PLACE = "|D|";
    private static final String WEEK_PLACE = "|W|";

    private final ActiveObjects ao;
    private final Clock clock;

    public ActiveObjectsNoticeLog(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public EpisodeKey currentEpisode(String subject) {
        NoticeEpisodeEntity row = episodeRow(subject);
        return new EpisodeKey(subject, row == null ? 1 : row.getLastEnded() + 1);
    }

    @Override
    public boolean claim(EpisodeKey episode, String purpose) {
        String key = claimKey(episode, purpose);
        try {
            // No transaction of its own: one insert is atomic, and a failed one must not spoil a caller's.
            ao.create(NoticeClaimEntity.class,
                    new DBParam("CLAIM_KEY", key),
                    new DBParam("SUBJECT", episode.subject()),
                    new DBParam("EPISODE", episode.number()),
                    new DBParam("PURPOSE", purpose),
                    new DBParam("CLAIMED_AT", clock.millis()));
        } catch (RuntimeException e) {
            if (claimExists(key)) {
                return false;
            }
            throw e;
        }
        noteClaimed(episode);
        return true;
    }

    @Override
    public boolean isClaimed(EpisodeKey episode, String purpose) {
        return claimExists(claimKey(episode, purpose));
    }

    @Override
    public void endEpisode(String subject) {
        NoticeEpisodeEntity seen = episodeRow(subject);
        if (seen == null || seen.getLastClaimed() <= seen.getLastEnded()) {
            return;
        }
        // Compared and set under the row's lock: a node that read the row before another ended this episode and the
        // next must not write an older number back.
        ao.executeInTransaction(() -> {
            NoticeEpisodeEntity row = lockedEpisode(seen);
            if (row.getLastClaimed() > row.getLastEnded()) {
                row.setLastEnded(row.getLastEnded() + 1);
                row.save();
            }
            return null;
        });
    }

    /** The episode row re-read after taking its write lock (see {@link ActiveObjectsNoticeJournal}'s notice lock). */
    private NoticeEpisodeEntity lockedEpisode(NoticeEpisodeEntity seen) {
        seen.setSubject(seen.getSubject());
        seen.save();
        return ao.find(NoticeEpisodeEntity.class, Query.select(EPISODE_COLUMNS).where("ID = ?", seen.getID()))[0];
    }

    @Override
    public void recordContact(String customer, Instant at) {
        ao.create(NoticeContactEntity.class, new DBParam("CUSTOMER", customer),
                new DBParam("CONTACTED_AT", at.toEpochMilli()));
    }

    @Override
    public Optional<ContactPlace> claimContact(String customer, Instant at, ContactCap cap) {
        Map<String, NoticeContactSlotEntity> held = new HashMap<>();
        for (NoticeContactSlotEntity row : ao.find(NoticeContactSlotEntity.class,
                Query.select(SLOT_COLUMNS).where("CUSTOMER = ?", customer))) {
            held.put(row.getSlotKey(), row);
        }
        NoticeContactSlotEntity day = takePlace(customer, DAY_PLACE, cap.perDay(), ContactCap.DAY, at, held);
        if (day == null) {
            return Optional.empty();
        }
        NoticeContactSlotEntity week = takePlace(customer, WEEK_PLACE, cap.perWeek(), ContactCap.WEEK, at, held);
        if (week == null) {
            ao.delete(day);
            return Optional.empty();
        }
        NoticeContactEntity contact = ao.create(NoticeContactEntity.class, new DBParam("CUSTOMER", customer),
                new DBParam("CONTACTED_AT", at.toEpochMilli()));
        return Optional.of(new ContactPlace(customer, at, day.getID() + "," + week.getID() + "," + contact.getID()));
    }

    @Override
    public void releaseContact(ContactPlace place) {
        // Exactly the rows this claim wrote: two releases for one customer at one moment must not both remove one row.
        String[] ids = place.receipt().split(",");
        if (ids.length != 3) {
            return;
        }
        NoticeContactSlotEntity[] places = ao.find(NoticeContactSlotEntity.class, Query.select(SLOT_COLUMNS)
                .where("ID IN (?, ?)", Integer.valueOf(ids[0]), Integer.valueOf(ids[1])));
        if (places.length > 0) {
            ao.delete(places);
        }
        NoticeContactEntity[] contact = ao.find(NoticeContactEntity.class, Query.select(CONTACT_COLUMNS)
                .where("ID = ?", Integer.valueOf(ids[2])));
        if (contact.length > 0) {
            ao.delete(contact);
        }
    }

    /**
     * Takes the first free one of the customer's {@code cap} places of this kind: one never taken is inserted, one
     * whose contact left the window is freed by deleting exactly that row (by id, so a place another node has just
     * retaken is not touched) and then inserted. A lost insert (duplicate key) means another thread took it: the next
     * place is tried. No transaction of its own, as for claims.
     */
    private NoticeContactSlotEntity takePlace(String customer, String kind, int cap, java.time.Duration window,
                                              Instant at, Map<String, NoticeContactSlotEntity> held) {
        long expired = at.minus(window).toEpochMilli();
        int retries = 0;
        for (int n = 1; n <= cap; n++) {
            String key = customer + kind + n;
            NoticeContactSlotEntity current = held.get(key);
            if (current != null) {
                if (current.getHeldAt() > expired) {
                    continue;
                }
                ao.delete(current);
            }
            try {
                return ao.create(NoticeContactSlotEntity.class, new DBParam("SLOT_KEY", key),
                        new DBParam("CUSTOMER", customer), new DBParam("HELD_AT", at.toEpochMilli()));
            } catch (RuntimeException takenByAnother) {
                // Gone again: its taker released it (lost the episode), so the place is tried once more.
                if (ao.count(NoticeContactSlotEntity.class, Query.select("ID").where("SLOT_KEY = ?", key)) == 0) {
                    if (++retries > 3) {
                        throw takenByAnother;
                    }
                    held.remove(key);
                    n--;
                }
            }
        }
        return null;
    }

    @Override
    public int forgetContactsBefore(Instant before, int limit) {
        NoticeContactEntity[] old = ao.find(NoticeContactEntity.class, Query.select(CONTACT_COLUMNS)
                .where("CONTACTED_AT < ?", before.toEpochMilli()).order("CONTACTED_AT, ID").limit(limit));
        if (old.length > 0) {
            ao.delete(old);
        }
        return old.length;
    }

    @Override
    public List<Instant> contactsSince(String customer, Instant since) {
        NoticeContactEntity[] rows = ao.find(NoticeContactEntity.class, Query.select(CONTACT_COLUMNS)
                .where("CUSTOMER = ? AND CONTACTED_AT >= ?", customer, since.toEpochMilli()).order("CONTACTED_AT"));
        List<Instant> at = new ArrayList<>(rows.length);
        for (NoticeContactEntity row : rows) {
            at.add(Instant.ofEpochMilli(row.getContactedAt()));
        }
        return at;
    }

    @Override
    public NoticeLogSnapshot snapshot(Collection<String> subjects, Collection<String> customers, Instant since) {
        Map<String, Integer> episodes = new HashMap<>();
        Map<String, Set<String>> claims = new HashMap<>();
        List<String> withClaims = new ArrayList<>();
        for (String s : subjects) {
            episodes.put(s, 1);
            claims.put(s, new HashSet<>());
        }
        inBatches(new ArrayList<>(subjects), (batch, marks) -> {
            for (NoticeEpisodeEntity row : ao.find(NoticeEpisodeEntity.class, Query.select(EPISODE_COLUMNS)
                    .where("SUBJECT IN (" + marks + ")", batch.toArray()))) {
                episodes.put(row.getSubject(), row.getLastEnded() + 1);
                if (row.getLastClaimed() > row.getLastEnded()) {
                    withClaims.add(row.getSubject());
                }
            }
        });
        inBatches(withClaims, (batch, marks) -> {
            for (NoticeClaimEntity row : ao.find(NoticeClaimEntity.class, Query.select(CLAIM_COLUMNS)
                    .where("SUBJECT IN (" + marks + ")", batch.toArray()))) {
                if (row.getEpisode() == episodes.get(row.getSubject())) {
                    claims.get(row.getSubject()).add(row.getPurpose());
                }
            }
        });
        Map<String, List<Instant>> contacts = new HashMap<>();
        customers.forEach(c -> contacts.put(c, new ArrayList<>()));
        inBatches(new ArrayList<>(customers), (batch, marks) -> {
            List<Object> params = new ArrayList<>(batch);
            params.add(since.toEpochMilli());
            for (NoticeContactEntity row : ao.find(NoticeContactEntity.class, Query.select(CONTACT_COLUMNS)
                    .where("CUSTOMER IN (" + marks + ") AND CONTACTED_AT >= ?", params.toArray()))) {
                contacts.get(row.getCustomer()).add(Instant.ofEpochMilli(row.getContactedAt()));
            }
        });
        return new NoticeLogSnapshot(episodes, claims, contacts, since);
    }

    // A claim row can commit just before its episode row says so; readers then see "claimed" one tick later,
    // which only delays ending the episode.
    private void noteClaimed(EpisodeKey episode) {
        NoticeEpisodeEntity row = episodeRow(episode.subject());
        if (row == null) {
            try {
                ao.create(NoticeEpisodeEntity.class,
                        new DBParam("SUBJECT", episode.subject()),
                        new DBParam("LAST_ENDED", 0),
                        new DBParam("LAST_CLAIMED", episode.number()));
                return;
            } catch (RuntimeException createdByAnother) {
                row = episodeRow(episode.subject());
                if (row == null) {
                    throw createdByAnother;
                }
            }
        }
        if (row.getLastClaimed() >= episode.number()) {
            return;
        }
        NoticeEpisodeEntity seen = row;
        ao.executeInTransaction(() -> {
            NoticeEpisodeEntity locked = lockedEpisode(seen);
            if (locked.getLastClaimed() < episode.number()) {
                locked.setLastClaimed(episode.number());
                locked.save();
            }
            return null;
        });
    }

    private NoticeEpisodeEntity episodeRow(String subject) {
        NoticeEpisodeEntity[] rows = ao.find(NoticeEpisodeEntity.class,
                Query.select(EPISODE_COLUMNS).where("SUBJECT = ?", subject));
        return rows.length == 0 ? null : rows[0];
    }

    private boolean claimExists(String key) {
        return ao.count(NoticeClaimEntity.class, Query.select("ID").where("CLAIM_KEY = ?", key)) > 0;
    }

    private static String claimKey(EpisodeKey episode, String purpose) {
        return episode.value() + "|" + purpose;
    }

    /** Runs {@code work} on slices of {@code values} with the matching "?, ?, …" list. */
    static void inBatches(List<String> values, BatchWork work) {
        for (int start = 0; start < values.size(); start += IN_BATCH) {
            List<String> batch = values.subList(start, Math.min(values.size(), start + IN_BATCH));
            work.run(batch, String.join(",", Collections.nCopies(batch.size(), "?")));
        }
    }

    /** One slice of an IN query. */
    @FunctionalInterface
    interface BatchWork {
        void run(List<String> batch, String marks);
    }
}
