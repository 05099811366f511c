package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link NoticeLog} that answers reads from a {@link NoticeLogSnapshot} and passes every write to the shared log.
 * Its own writes are folded into what it answers. One per batch and thread: it is not thread-safe.
 */
final class PreloadedNoticeLog implements NoticeLog {
    private final NoticeLog log;
    private final Map<String, Integer> episodes;
    private final Map<String, Set<String>> claims;
    private final Map<String, List<Instant>> contacts;
    private final Instant contactsSince;

    PreloadedNoticeLog(NoticeLog log, NoticeLogSnapshot snapshot) {
        this.log = Objects.requireNonNull(log, "log");
        this.episodes = new HashMap<>(snapshot.episodes());
        this.claims = new HashMap<>();
        snapshot.claims().forEach((subject, purposes) -> claims.put(subject, new HashSet<>(purposes)));
        this.contacts = new HashMap<>();
        snapshot.contacts().forEach((customer, at) -> contacts.put(customer, new ArrayList<>(at)));
        this.contactsSince = snapshot.contactsSince();
    }

    @Override
    public EpisodeKey currentEpisode(String subject) {
        Integer number = episodes.get(subject);
        return number == null ? log.currentEpisode(subject) : new EpisodeKey(subject, number);
    }

    @Override
    public boolean claim(EpisodeKey episode, String purpose) {
        boolean won = log.claim(episode, purpose);
        Set<String> known = claims.get(episode.subject());
        if (known != null && isCurrent(episode)) {
            // Won or lost, someone holds it now.
            known.add(purpose);
        }
        return won;
    }

    @Override
    public boolean isClaimed(EpisodeKey episode, String purpose) {
        Set<String> known = claims.get(episode.subject());
        if (known != null && isCurrent(episode)) {
            return known.contains(purpose);
        }
        return log.isClaimed(episode, purpose);
    }

    @Override
    public void endEpisode(String subject) {
        Set<String> known = claims.get(subject);
        if (known != null && known.isEmpty()) {
            // Nothing claimed in the current episode: ending it is a no-op, so the read is saved.
            return;
        }
        log.endEpisode(subject);
        episodes.remove(subject);
        claims.remove(subject);
    }

    @Override
    public int forgetContactsBefore(Instant before, int limit) {
        return log.forgetContactsBefore(before, limit);
    }

    @Override
    public void recordContact(String customer, Instant at) {
        log.recordContact(customer, at);
        List<Instant> known = contacts.get(customer);
        if (known != null) {
            known.add(at);
        }
    }

    @Override
    public Optional<ContactPlace> claimContact(String customer, Instant at, ContactCap cap) {
        Optional<ContactPlace> won = log.claimContact(customer, at, cap);
        List<Instant> known = contacts.get(customer);
        if (known != null) {
            if (won.isPresent()) {
                known.add(at);
            } else {
                // The snapshot is stale (another node contacted them since): ask the log from now on.
                contacts.remove(customer);
            }
        }
        return won;
    }

    @Override
    public void releaseContact(ContactPlace place) {
        log.releaseContact(place);
        List<Instant> known = contacts.get(place.customer());
        if (known != null) {
            known.remove(place.at());
        }
    }

    @Override
    public List<Instant> contactsSince(String customer, Instant since) {
        List<Instant> known = contacts.get(customer);
        if (known == null || since.isBefore(contactsSince)) {
            return log.contactsSince(customer, since);
        }
        return known.stream().filter(c -> !c.isBefore(since)).toList();
    }

    private boolean isCurrent(EpisodeKey episode) {
        Integer number = episodes.get(episode.subject());
        return number != null && number == episode.number();
    }
}
