package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link NoticeLog} in memory, safe for concurrent callers, as the port's reference implementation. */
public final class InMemoryNoticeLog implements NoticeLog {
    private final Set<String> claims = ConcurrentHashMap.newKeySet();
    private final Set<String> usedEpisodes = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> ended = new ConcurrentHashMap<>();
    private final Map<String, List<Instant>> contacts = new ConcurrentHashMap<>();

    @Override
    public EpisodeKey currentEpisode(String subject) {
        return new EpisodeKey(subject, ended.getOrDefault(subject, 0) + 1);
    }

    @Override
    public boolean claim(EpisodeKey episode, String purpose) {
        // Set.add is the unique insert: exactly one caller sees true.
        usedEpisodes.add(episode.value());
        return claims.add(episode.value() + "|" + purpose);
    }

    @Override
    public boolean isClaimed(EpisodeKey episode, String purpose) {
        return claims.contains(episode.value() + "|" + purpose);
    }

    @Override
    public void endEpisode(String subject) {
        ended.compute(subject, (s, n) -> {
            int number = n == null ? 0 : n;
            boolean used = usedEpisodes.contains(new EpisodeKey(s, number + 1).value());
            return used ? Integer.valueOf(number + 1) : n;
        });
    }

    @Override
    public void recordContact(String customer, Instant at) {
        contacts.compute(customer, (c, list) -> {
            List<Instant> all = list == null ? new ArrayList<>() : new ArrayList<>(list);
            all.add(at);
            return List.copyOf(all);
        });
    }

    @Override
    public synchronized int forgetContactsBefore(Instant before, int limit) {
        int[] left = {limit};
        for (String customer : Set.copyOf(contacts.keySet())) {
            contacts.computeIfPresent(customer, (c, list) -> {
                List<Instant> kept = new ArrayList<>();
                for (Instant at : list) {
                    if (at.isBefore(before) && left[0] > 0) {
                        left[0]--;
                    } else {
                        kept.add(at);
                    }
                }
                return List.copyOf(kept);
            });
        }
        return limit - left[0];
    }

    @Override
    public List<Instant> contactsSince(String customer, Instant since) {
        return contacts.getOrDefault(customer, List.of()).stream().filter(c -> !c.isBefore(since)).toList();
    }

    /** Every claim made, as {@code episode|purpose}. */
    public Set<String> claims() {
        return Set.copyOf(claims);
    }
}
