package io.promisekeeper.core.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A batch read of a {@link NoticeLog}: may be stale by the time it is used, which is safe because it only answers
 * reads (claims still go to the log, whose unique insert decides).
 *
 * @param episodes current episode number by subject
 * @param claims the purposes claimed in the current episode, by subject; a subject missing here is unknown
 * @param contacts contacts at or after {@code contactsSince}, by customer
 */
public record NoticeLogSnapshot(Map<String, Integer> episodes, Map<String, Set<String>> claims,
                                Map<String, List<Instant>> contacts, Instant contactsSince) {
    public NoticeLogSnapshot {
        episodes = Map.copyOf(episodes);
        claims = Map.copyOf(claims);
        contacts = Map.copyOf(contacts);
        Objects.requireNonNull(contactsSince, "contactsSince");
    }
}
